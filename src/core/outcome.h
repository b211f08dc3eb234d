#pragma once

#include "apierror.h"

namespace Steward {

/// True when a write may have been carried out although it did not succeed: its answer was lost
/// (connection closed or reset, truncated body, timeout, cancelled on the wire) or came from a gateway
/// (502/503/504) that may have forwarded it. Such an item's outcome is unknown until it is verified
/// against the server; only a refusal the server itself sent is a known failure.
inline bool answerLost(const ApiError &error)
{
    if (error.isOk()) {
        return false;
    }
    if (error.outcomeUnknown()) {
        return true;
    }
    switch (error.kind()) {
    case ApiError::Kind::Http:
        // A 2xx "error" is an answer cut short after its status line.
        return (error.isTransient() && !error.isRateLimited())
            || (error.httpStatus() >= 200 && error.httpStatus() < 300);
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::InvalidResponse:
        return true;
    default:
        return false; // TLS, redirect, refused by Steward: nothing reached the server's handler
    }
}

} // namespace Steward
