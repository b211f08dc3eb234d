#include "commandregistry.h"

#include "externalids/externalidscommand.h"
#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ServerInfoCommand(parent),
        new ExternalIdsCommand(parent),
    };
}

} // namespace Steward::Cli
