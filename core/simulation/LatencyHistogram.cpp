#include "LatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace infralab {

void LatencyHistogram::add(double seconds)
{
    const double position = seconds > kLowest ? std::log10(seconds / kLowest) * kPerDecade : 0.0;
    const int bucket = std::min(int(position), int(m_buckets.size()) - 1);
    ++m_buckets[std::size_t(bucket)];
    ++m_count;
}

void LatencyHistogram::clear()
{
    m_buckets.fill(0);
    m_count = 0;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
}

double LatencyHistogram::percentile(double fraction) const
{
    if (m_count == 0)
        return 0.0;
    const auto rank = std::uint64_t(std::ceil(fraction * double(m_count)));
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= std::max<std::uint64_t>(rank, 1))
            return kLowest * std::pow(10.0, (double(i) + 0.5) / kPerDecade);   // the bucket's middle
    }
    return kLowest * std::pow(10.0, double(kDecades));
}

} // namespace infralab
