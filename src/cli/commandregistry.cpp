#include "commandregistry.h"

#include "serverinfocommand.h"
#include "usersexportcommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ServerInfoCommand(parent),
        new UsersCommand(parent),
    };
}

} // namespace Steward::Cli
