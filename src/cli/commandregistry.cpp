#include "commandregistry.h"

#include "mediacommand.h"
#include "profilecommand.h"
#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ProfileCommand(parent),
        new ServerInfoCommand(parent),
        new MediaCommand(parent),
    };
}

} // namespace Steward::Cli
