#include "commandregistry.h"

#include "profilecommand.h"
#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ServerInfoCommand(parent),
        new ProfileCommand(parent),
    };
}

} // namespace Steward::Cli
