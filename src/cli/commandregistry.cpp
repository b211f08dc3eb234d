#include "commandregistry.h"

#include "rooms/roomscommand.h"
#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ServerInfoCommand(parent),
        new RoomsCommand(parent),
    };
}

} // namespace Steward::Cli
