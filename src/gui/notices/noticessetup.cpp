#include "notices/noticessetup.h"

#include "icons.h"
#include "mainwindow.h"
#include "notices/noticedialog.h"
#include "notices/tokensview.h"
#include "servergate.h"
#include "users/usersview.h"

#include <QAction>
#include <QMenu>

namespace Steward {

void installNoticesAndTokens(MainWindow *window)
{
    ServerSession *session = window->session();
    auto *tokens = new TokensView(session->api(), window);
    window->setPage(QStringLiteral("tokens"), MainWindow::tr("Tokens"), tokens);
    auto reloadTokens = [session, tokens]() {
        if (session->state() == ServerSession::State::Connected) {
            tokens->reload();
        }
    };
    QObject::connect(session, &ServerSession::stateChanged, tokens, reloadTokens);
    QObject::connect(window, &MainWindow::refreshRequested, tokens, [tokens, reloadTokens]() {
        if (tokens->isVisible()) {
            reloadTokens();
        }
    });

    auto open = [window, session](const QStringList &userIds) {
        auto *dialog = new NoticeDialog(session->api(), session->status().whoAmI.userId, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSelectedUsers(userIds);
        dialog->open();
    };
    QAction *tools = window->toolsMenu()->addAction(themedIcon("mail-send"), NoticeDialog::tr("Send Server &Notice…"));
    tools->setObjectName(QStringLiteral("actionServerNotice"));
    tools->setToolTip(NoticeDialog::tr("Send a server notice to all local users or to the users listed in a file"));
    QObject::connect(tools, &QAction::triggered, window, [open]() { open({}); });
    window->serverGate()->hold(tools);

    if (auto *users = qobject_cast<UsersView *>(window->page(QStringLiteral("users")))) {
        if (auto *menu = users->findChild<QMenu *>(QStringLiteral("bulkActionsMenu"))) {
            menu->addSeparator();
            QAction *selected = menu->addAction(NoticeDialog::tr("Send Server &Notice…"));
            selected->setObjectName(QStringLiteral("bulkServerNoticeAction"));
            QObject::connect(selected, &QAction::triggered, users, [users, open]() { open(users->selectedUserIds()); });
        }
    }
}

} // namespace Steward
