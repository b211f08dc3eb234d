#include "bulkjoin/bulkjoinwizard.h"

#include "bulkjoin/bulkjoinengine.h"
#include "bulkjoin/bulkjoinjournal.h"
#include "bulkjoin/bulkjoinpages.h"
#include "bulkjoin/bulkjoinpreflight.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QSaveFile>

namespace Steward {

BulkJoinWizard::BulkJoinWizard(ApiService *api, const QString &adminUserId, QWidget *parent)
    : QWizard(parent)
    , m_api(api)
    , m_adminUserId(adminUserId)
    , m_journalDir(BulkJoinJournal::defaultDirectory())
    , m_preflight(new BulkJoinPreflight(api, this))
    , m_engine(new BulkJoinEngine(api, this))
{
    setObjectName(QStringLiteral("bulkJoinWizard"));
    setAccessibleName(tr("Bulk join users to rooms"));
    setWindowTitle(tr("Bulk Join Users to Rooms"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(InputPage, new BulkJoinInputPage(this));
    setPage(ValidationPage, new BulkJoinValidationPage(this));
    setPage(PreviewPage, new BulkJoinPreviewPage(this));
    setPage(RunPage, new BulkJoinRunPage(this));
    setPage(ReportPage, new BulkJoinReportPage(this));
    resize(900, 620);
}

BulkJoinWizard::~BulkJoinWizard()
{
    // Closing the window mid-run leaves requests in flight to finish; the journal keeps the rest resumable.
    m_preflight->cancel();
}

void BulkJoinWizard::setLists(const QStringList &users, const QStringList &rooms)
{
    static_cast<BulkJoinInputPage *>(page(InputPage))->setLists(users, rooms);
}

void BulkJoinWizard::setJournalDirectory(const QString &dir)
{
    m_journalDir = dir;
    m_engine->setJournalDirectory(dir);
    static_cast<BulkJoinInputPage *>(page(InputPage))->refreshResumeOffer();
}

int BulkJoinWizard::nextId() const
{
    if (currentId() == InputPage && !m_resumeJournal.isEmpty()) {
        return RunPage;
    }
    return QWizard::nextId();
}

bool BulkJoinWizard::exportReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_engine->report().writeCsv(&file) || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void BulkJoinWizard::install(MainWindow *window)
{
    QAction *action = window->toolsMenu()->findChild<QAction *>(QStringLiteral("actionBulkJoin"));
    if (!action) {
        for (QAction *a : window->toolsMenu()->actions()) {
            if (a->objectName() == QLatin1String("actionBulkJoin")) {
                action = a;
            }
        }
    }
    if (!action) {
        return;
    }
    auto open = [window](const QStringList &users, const QStringList &rooms) {
        ServerSession *session = window->session();
        if (session->state() != ServerSession::State::Connected) {
            return;
        }
        auto *wizard = new BulkJoinWizard(session->api(), session->status().whoAmI.userId, window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->setLists(users, rooms);
        wizard->show();
    };
    auto update = [window, action]() {
        const bool connected = window->session()->state() == ServerSession::State::Connected;
        action->setEnabled(connected);
        action->setToolTip(connected ? tr("Join many users to many rooms, with a preview and a report")
                                     : tr("Connect to a server first"));
    };
    QObject::connect(window->session(), &ServerSession::stateChanged, action, update);
    update();
    QObject::connect(action, &QAction::triggered, window, [open]() { open({}, {}); });
    QObject::connect(window, &MainWindow::bulkJoinRequested, window, open);
}

} // namespace Steward
