#include "commandregistry.h"

#include "bulkjoincommand.h"
#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ServerInfoCommand(parent),
        new BulkJoinCommand(parent),
    };
}

} // namespace Steward::Cli
