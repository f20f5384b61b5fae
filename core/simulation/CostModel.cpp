#include "CostModel.h"

#include "model/Node.h"
#include "model/Properties.h"

namespace infralab::cost {

namespace {

constexpr double kMs = 0.001;

// The default for `request`, scaled by the node's `cpuMs` when it has one:
// `cpuMs` is what a dynamic read costs there, and `readDefault` ours.
double scaled(const Node &node, double requestDefault, double readDefault)
{
    const std::optional<double> cpuMs = nodeCpuMs(node);
    return cpuMs ? requestDefault * (*cpuMs * kMs) / readDefault : requestDefault;
}

} // namespace

double firewallPacket(const Node &firewall)
{
    return scaled(firewall, 0.01 * kMs, 0.01 * kMs);
}

double loadBalancer(const Node &balancer)
{
    const double proxy = 0.05 * kMs;
    const double tlsEnd = 0.35 * kMs;      // decrypt the request, encrypt the response
    const double tlsBackend = 0.25 * kMs;  // the same again towards the web server
    double work = proxy;
    switch (loadBalancerTls(balancer)) {
    case TlsMode::Terminate: work += tlsEnd; break;
    case TlsMode::Reencrypt: work += tlsEnd + tlsBackend; break;
    case TlsMode::Passthrough: work = 0.02 * kMs; break;
    case TlsMode::None: break;
    }
    return scaled(balancer, work, proxy + tlsEnd);
}

double webServer(const Node &web, RequestType request, bool decrypts)
{
    const double file = 0.2 * kMs;
    const double proxy = 0.1 * kMs;
    const double tls = 0.3 * kMs;
    const double work = (request == RequestType::Static ? file : proxy) + (decrypts ? tls : 0.0);
    return scaled(web, work, proxy);
}

double appServer(const Node &app, RequestType request)
{
    const double read = 5.0 * kMs;
    return scaled(app, request == RequestType::Write ? 8.0 * kMs : read, read);
}

double database(const Node &database, RequestType request)
{
    const double read = 1.5 * kMs;
    return scaled(database, request == RequestType::Write ? 4.0 * kMs : read, read);
}

double monitoringReport()
{
    return 2.0 * kMs;
}

} // namespace infralab::cost
