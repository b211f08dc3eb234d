#include "health/maintenanceview.h"

#include "health/healthapi.h"
#include "serversession.h"
#include "tableviewsetup.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward {

MaintenanceView::MaintenanceView(ServerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("maintenanceView"));
    auto *layout = new QVBoxLayout(this);

    auto *updates = new QGroupBox(tr("Database background updates"), this);
    auto *updatesLayout = new QVBoxLayout(updates);
    m_updatesLabel = new QLabel(updates);
    m_updatesLabel->setObjectName(QStringLiteral("backgroundUpdatesLabel"));
    m_updatesLabel->setWordWrap(true);
    m_toggleButton = new QPushButton(updates);
    m_toggleButton->setObjectName(QStringLiteral("backgroundUpdatesToggleButton"));
    m_toggleButton->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_updatesLabel, 1);
    row->addWidget(m_toggleButton);
    updatesLayout->addLayout(row);
    auto *jobRow = new QHBoxLayout;
    auto *jobTitle = new QLabel(tr("Start a &job:"), updates);
    m_jobCombo = new QComboBox(updates);
    m_jobCombo->setObjectName(QStringLiteral("backgroundJobCombo"));
    for (const QString &job : HealthApi::backgroundJobs()) {
        m_jobCombo->addItem(HealthApi::describeBackgroundJob(job), job);
    }
    jobTitle->setBuddy(m_jobCombo);
    m_startButton = new QPushButton(tr("&Start…"), updates);
    m_startButton->setObjectName(QStringLiteral("backgroundJobStartButton"));
    m_jobLabel = new QLabel(updates);
    m_jobLabel->setObjectName(QStringLiteral("backgroundJobLabel"));
    m_jobLabel->setWordWrap(true);
    jobRow->addWidget(jobTitle);
    jobRow->addWidget(m_jobCombo, 1);
    jobRow->addWidget(m_startButton);
    updatesLayout->addLayout(jobRow);
    updatesLayout->addWidget(m_jobLabel);
    layout->addWidget(updates);

    auto *tasks = new QGroupBox(tr("Scheduled tasks"), this);
    auto *tasksLayout = new QVBoxLayout(tasks);
    m_tasksLabel = new QLabel(tasks);
    m_tasksLabel->setObjectName(QStringLiteral("scheduledTasksLabel"));
    m_tasks = TableViews::makeTree(
        tasks, "scheduledTasksTree", tr("Scheduled tasks"),
        { tr("Action"), tr("State"), tr("Scheduled"), tr("Resource"), tr("Progress or result"), tr("Error") });
    m_tasks->setSortingEnabled(true);
    tasksLayout->addWidget(m_tasksLabel);
    tasksLayout->addWidget(m_tasks, 1);
    layout->addWidget(tasks, 1);

    connect(m_toggleButton, &QPushButton::clicked, this, &MaintenanceView::toggleEnabled);
    connect(m_startButton, &QPushButton::clicked, this, &MaintenanceView::startJob);
    connect(session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Connected) {
            reload();
        }
    });
}

void MaintenanceView::reload()
{
    if (m_session->state() != ServerSession::State::Connected) {
        return;
    }
    loadBackgroundUpdates();
    loadTasks();
}

void MaintenanceView::loadBackgroundUpdates()
{
    m_updatesLabel->setText(tr("Loading…"));
    HealthApi::backgroundUpdates(m_session->api(), this, [this](const Result<BackgroundUpdatesStatus> &s) {
        if (!s.ok()) {
            m_updatesLabel->setText(tr("Could not read the background updates: %1").arg(s.error().describe()));
            m_toggleButton->setEnabled(false);
            return;
        }
        m_enabled = s->enabled;
        QStringList lines { s->enabled ? tr("Background updates are <b>enabled</b>.")
                                       : tr("Background updates are <b>disabled</b>: the server does not run them.") };
        if (s->current.isEmpty()) {
            lines << tr("None is running.");
        }
        for (const BackgroundUpdate &u : s->current) {
            lines << tr("Running on database %1: <b>%2</b>, %3 items in %4 s (%5 items/s)")
                         .arg(u.database.toHtmlEscaped(), u.name.toHtmlEscaped(), QLocale().toString(u.totalItemCount))
                         .arg(u.totalDurationMs / 1000)
                         .arg(QLocale().toString(u.averageItemsPerMs * 1000, 'f', 0));
        }
        m_updatesLabel->setText(lines.join(QStringLiteral("<br>")));
        m_toggleButton->setText(s->enabled ? tr("&Disable") : tr("&Enable"));
        m_toggleButton->setEnabled(true);
    });
}

void MaintenanceView::loadTasks()
{
    m_tasksLabel->setText(tr("Loading…"));
    HealthApi::scheduledTasks(m_session->api(), this, [this](const Result<QList<ScheduledTask>> &r) {
        m_tasks->clear();
        if (!r.ok()) {
            m_tasksLabel->setText(tr("Could not read the scheduled tasks: %1").arg(r.error().describe()));
            return;
        }
        int running = 0;
        for (const ScheduledTask &t : r.value()) {
            running += t.status == u"active" || t.status == u"scheduled";
            const QString result = t.result.isObject()
                ? QString::fromUtf8(QJsonDocument(t.result.toObject()).toJson(QJsonDocument::Compact))
                : t.result.toVariant().toString();
            auto *item = new CollatedTreeItem(
                m_tasks,
                { t.action, t.status,
                  QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.timestampMs).toLocalTime(), QLocale::ShortFormat),
                  t.resourceId, result, t.error });
            item->setData(2, CollatedTreeItem::SortRole, double(t.timestampMs));
            item->setToolTip(4, result);
        }
        m_tasksLabel->setText(
            tr("%n task(s) the server remembers, %1 still running or waiting.", nullptr, int(r->size())).arg(running));
        TableViews::setEmptyText(m_tasks, r->isEmpty() ? tr("No scheduled tasks.") : QString());
        m_tasks->sortByColumn(2, Qt::DescendingOrder);
    });
}

void MaintenanceView::toggleEnabled()
{
    const bool enable = !m_enabled;
    m_toggleButton->setEnabled(false);
    HealthApi::setBackgroundUpdatesEnabled(m_session->api(), enable, this, [this](const Result<bool> &r) {
        if (!r.ok()) {
            m_jobLabel->setText(tr("The server refused: %1").arg(r.error().describe()));
        }
        loadBackgroundUpdates(); // shows what the server says now
        Q_EMIT changed();
    });
}

void MaintenanceView::startJob()
{
    const QString job = m_jobCombo->currentData().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Start Background Job"),
                                tr("Queue the job %1 on the server?").arg(job), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("backgroundJobConfirm"));
    box->setInformativeText(HealthApi::describeBackgroundJob(job)
                            + tr(". It runs in the background and can take long on a large server."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(tr("&Start"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("backgroundJobConfirmButton"));
    connect(go, &QPushButton::clicked, this, [this, job]() {
        m_startButton->setEnabled(false);
        HealthApi::startBackgroundJob(m_session->api(), job, this, [this, job](const Result<bool> &r) {
            m_startButton->setEnabled(true);
            m_jobLabel->setText(r.ok() ? tr("Job %1 was queued on the server.").arg(job)
                                       : tr("The server did not start %1: %2").arg(job, r.error().describe()));
            loadBackgroundUpdates();
            Q_EMIT changed();
        });
    });
    box->open();
}

} // namespace Steward
