#pragma once

#include "clicommand.h"

namespace Steward {
class ApiService;
}

namespace Steward::Cli {

/// steward-cli rooms publish|unpublish ROOM...: a room's visibility in the server's room directory.
class RoomsPublishCommand : public QObject
{
    Q_OBJECT
public:
    RoomsPublishCommand(bool publish, QObject *parent);
    void run(CliContext &ctx, const QStringList &args);

private:
    void next(CliContext &ctx, QStringList rooms, int failures);

    bool m_publish;
    ApiService *m_api = nullptr;
};

} // namespace Steward::Cli
