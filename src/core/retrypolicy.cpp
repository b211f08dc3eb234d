#include "retrypolicy.h"

#include "apierror.h"

#include <algorithm>
#include <cmath>

using namespace std::chrono;

namespace Steward {

milliseconds RetryPolicy::backoff(int attempt, double jitter) const
{
    const double exponent = std::clamp(attempt, 0, 30);
    const double full = std::min<double>(double(maxDelay.count()), double(baseDelay.count()) * std::pow(2.0, exponent));
    const double spread = 0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0);
    return milliseconds(qint64(std::llround(full * spread)));
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError &error, bool safeToRepeat, int transientRetries,
                                          int rateLimitRetries, double jitter) const
{
    Decision d;
    if (error.isRateLimited()) {
        // The server refused before doing anything: repeating is safe for every method.
        const milliseconds wait = error.retryAfter().value_or(defaultRateLimitDelay);
        if (rateLimitRetries >= maxRateLimitRetries || wait > maxRateLimitDelay) {
            return d;
        }
        d.retry = true;
        d.delay = wait;
        d.pauseQueue = true;
        return d;
    }
    if (safeToRepeat && error.isTransient() && transientRetries < maxTransientRetries) {
        d.retry = true;
        d.delay = backoff(transientRetries, jitter);
    }
    return d;
}

} // namespace Steward
