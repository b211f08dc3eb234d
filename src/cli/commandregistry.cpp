#include "commandregistry.h"

#include "externalids/externalidscommand.h"
#include "mediacommand.h"
#include "profilecommand.h"
#include "rooms/roomscommand.h"
#include "serverinfocommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    return {
        new ProfileCommand(parent),     new ServerInfoCommand(parent), new MediaCommand(parent),
        new ExternalIdsCommand(parent), new RoomsCommand(parent),
    };
}

} // namespace Steward::Cli
