#pragma once

#include <array>
#include <cstdint>

namespace infralab {

// Latencies from 10 µs to 1000 s in logarithmic buckets (32 a decade, so a
// percentile is within about 4 %): fixed memory however long the run.
class LatencyHistogram
{
public:
    void add(double seconds);
    void clear();
    void merge(const LatencyHistogram &other);
    std::uint64_t count() const { return m_count; }
    // The latency under which `fraction` of the requests finished; 0 when none.
    double percentile(double fraction) const;

private:
    static constexpr int kPerDecade = 32;
    static constexpr int kDecades = 8;
    static constexpr double kLowest = 1e-5;
    std::array<std::uint32_t, kPerDecade * kDecades + 1> m_buckets{};
    std::uint64_t m_count = 0;
};

} // namespace infralab
