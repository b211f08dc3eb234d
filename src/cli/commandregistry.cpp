#include "commandregistry.h"

#include "mediacommand.h"
#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ServerInfoCommand(parent),
        new MediaCommand(parent),
    };
}

} // namespace Steward::Cli
