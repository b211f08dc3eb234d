#include "commandregistry.h"

#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ServerInfoCommand(parent),
    };
}

} // namespace Steward::Cli
