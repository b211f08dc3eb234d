#include "commandregistry.h"

#include "bulkjoincommand.h"
#include "externalids/externalidscommand.h"
#include "health/federationcommand.h"
#include "mediacommand.h"
#include "profilecommand.h"
#include "rooms/roomscommand.h"
#include "serverinfocommand.h"
#include "usersexportcommand.h"

namespace Steward::Cli {

QList<CliCommand *> createCommands(QObject *parent)
{
    // clang-format off
    return {
        new ProfileCommand(parent),
        new ServerInfoCommand(parent),
        new UsersCommand(parent),
        new RoomsCommand(parent),
        new BulkJoinCommand(parent),
        new MediaCommand(parent),
        new ExternalIdsCommand(parent),
        new FederationCommand(parent),
        new BackgroundUpdatesCommand(parent),
    };
    // clang-format on
}

} // namespace Steward::Cli
