#pragma once

#include <chrono>

namespace Steward {

class ApiError;

/// The one place that decides whether a failed attempt is tried again, and when.
class RetryPolicy
{
public:
    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay { 0 };
        /// A 429 pauses the whole per-server queue, not just this request.
        bool pauseQueue = false;
    };

    int maxTransientRetries = 4;
    int maxRateLimitRetries = 30;
    /// Probes of a held queue (server down) once the server has answered in this session: a
    /// restart or a proxy's hiccup is waited out (about a minute with the default backoff). A server
    /// that never answered gets maxTransientRetries probes, so a wrong address is reported quickly.
    int maxServerDownProbes = 8;
    std::chrono::milliseconds baseDelay { 500 };
    std::chrono::milliseconds maxDelay { 30000 };
    /// Used for a 429 that names no delay.
    std::chrono::milliseconds defaultRateLimitDelay { 1000 };
    /// A server asking for more than this is not waited for: the request fails with its 429.
    std::chrono::milliseconds maxRateLimitDelay { 300000 };

    /// Capped exponential backoff with jitter. attempt counts from 0; jitter in [0, 1) spreads
    /// the delay over [half, full] so that parallel clients do not retry in lock step.
    std::chrono::milliseconds backoff(int attempt, double jitter) const;

    /// transientRetries / rateLimitRetries: how many retries of each kind this request already had.
    Decision decide(const ApiError &error, bool safeToRepeat, int transientRetries, int rateLimitRetries,
                    double jitter) const;
};

} // namespace Steward
