#include "commandregistry.h"

#include "bulkjoin/bulkjoincommand.h"
#include "externalids/externalidscommand.h"
#include "health/federationcommand.h"
#include "media/mediacommand.h"
#include "notices/noticecommand.h"
#include "profiles/mastokenscommand.h"
#include "profiles/profilecommand.h"
#include "reports/reportscommand.h"
#include "rooms/roomscommand.h"
#include "serverinfocommand.h"
#include "tokens/tokenscommand.h"
#include "users/usersexportcommand.h"

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
        new TokensCommand(parent),
        new NoticeCommand(parent),
        new MasTokensCommand(parent),
        new ReportsCommand(parent),
        new FederationCommand(parent),
        new BackgroundUpdatesCommand(parent),
    };
    // clang-format on
}

} // namespace Steward::Cli
