#include "media/mediapurgewizard.h"

#include "mainwindow.h"
#include "matrixid.h"
#include "media/mediapurgeestimator.h"
#include "media/mediapurgepages.h"
#include "media/mediapurgerun.h"

#include <QAbstractButton>
#include <QAction>
#include <QDateTime>
#include <QMenu>

namespace Steward {

MediaPurgeWizard::MediaPurgeWizard(ApiService *api, const QString &serverName, QWidget *parent)
    : QWizard(parent)
    , m_api(api)
    , m_serverName(serverName)
    , m_zone(QTimeZone::systemTimeZone())
    , m_estimator(new MediaPurgeEstimator(api, this))
    , m_run(new MediaPurgeRun(api, serverName, this))
{
    setObjectName(QStringLiteral("mediaPurgeWizard"));
    setWindowTitle(tr("Purge Old Media — %1").arg(serverName));
    setAccessibleName(tr("Purge old media"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(CutoffPageId, new MediaPurgeCutoffPage(this));
    setPage(EstimatePageId, new MediaPurgeEstimatePage(this));
    setPage(ConfirmPageId, new MediaPurgeConfirmPage(this));
    setPage(ResultPageId, new MediaPurgeResultPage(this));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    resize(760, 600);
}

MediaPurgeWizard::~MediaPurgeWizard() = default;

MediaPurgeCutoff::Check MediaPurgeWizard::cutoffCheck() const
{
    return MediaPurgeCutoff::check(m_criteria.beforeTs, QDateTime::currentMSecsSinceEpoch());
}

const MediaPurgeEstimate *MediaPurgeWizard::estimate() const
{
    return m_estimateValid ? &m_estimator->estimate() : nullptr;
}

void MediaPurgeWizard::installAction(MainWindow *window)
{
    QAction *action = window->toolsMenu()->findChild<QAction *>(QStringLiteral("actionMediaPurge"));
    if (!action) {
        return;
    }
    ServerSession *session = window->session();
    auto update = [action, session]() {
        const bool connected = session->state() == ServerSession::State::Connected && session->status().isAdmin;
        action->setEnabled(connected);
        action->setToolTip(connected ? tr("Delete local media nobody has accessed since a date")
                                     : tr("Connect to a server as an admin first"));
    };
    QObject::connect(session, &ServerSession::stateChanged, action, update);
    update();
    QObject::connect(action, &QAction::triggered, window, [window, session]() {
        const QString serverName = MatrixId::serverName(session->status().whoAmI.userId);
        auto *wizard = new MediaPurgeWizard(session->api(), serverName, window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });
}

} // namespace Steward
