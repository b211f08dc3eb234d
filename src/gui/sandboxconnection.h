#pragma once

#include <QString>
#include <QUrl>

namespace Steward {

/// The local sandbox homeserver started by scripts/run-sandbox.sh: its address and admin token,
/// read from the state file the harness writes (a throwaway server on loopback).
struct SandboxConnection
{
    QUrl baseUrl;
    QString token;
    QString error;

    static SandboxConnection load(const QString &path);
};

} // namespace Steward
