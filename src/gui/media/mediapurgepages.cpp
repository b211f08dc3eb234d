#include "media/mediapurgepages.h"

#include "media/mediapurgecutoff.h"
#include "media/mediapurgeestimator.h"
#include "media/mediapurgewizard.h"
#include "widgethelpers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward {

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

using Widgets::named;
using Widgets::wrappedLabel;

// ------------------------------------------------------------------------------------------ cutoff

MediaPurgeCutoffPage::MediaPurgeCutoffPage(MediaPurgeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Which media to delete"));
    setSubTitle(tr("Local media nobody has accessed since the cutoff are deleted from the server's disk."));
    auto *layout = new QVBoxLayout(this);

    auto *explain = wrappedLabel(
        tr("<p>The server deletes a local file when it was <b>last accessed before the cutoff</b> (a file never "
           "downloaded counts from its upload). It <b>never deletes quarantined files or files protected from "
           "quarantine</b>, and keeps profile pictures unless you allow it below. Deleted files are gone for good: "
           "messages that show them will show a broken image. Synapse has no undo and no dry run; Steward "
           "estimates the effect on the next page before anything is deleted.</p>"),
        this, "cutoffExplanationLabel");
    explain->setTextFormat(Qt::RichText);
    layout->addWidget(explain);

    auto *form = new QFormLayout;
    auto *group = new QButtonGroup(this);
    m_daysRadio = named(new QRadioButton(tr("Not accessed in the last"), this), "olderThanDaysRadio",
                        tr("Cutoff by number of days"));
    m_daysSpin = named(new QSpinBox(this), "olderThanDaysSpin", tr("Number of days"));
    m_daysSpin->setRange(1, 36500);
    m_daysSpin->setValue(90);
    m_daysSpin->setSuffix(tr(" days"));
    m_dateRadio =
        named(new QRadioButton(tr("Last accessed before"), this), "beforeDateRadio", tr("Cutoff by calendar date"));
    m_dateEdit = named(new QDateTimeEdit(QDateTime::currentDateTime().addYears(-1), this), "beforeDateTimeEdit",
                       tr("Cutoff date and time, local time"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_dateEdit->setTime(QTime(0, 0));
    group->addButton(m_daysRadio);
    group->addButton(m_dateRadio);
    m_daysRadio->setChecked(true);
    form->addRow(m_daysRadio, m_daysSpin);
    form->addRow(m_dateRadio, m_dateEdit);

    m_sizeCheck = named(new QCheckBox(tr("Only files larger than"), this), "sizeLimitCheck", tr("Limit by size"));
    auto *sizeRow = new QHBoxLayout;
    m_sizeSpin = named(new QSpinBox(this), "sizeLimitSpin", tr("Size limit"));
    m_sizeSpin->setRange(0, 1024 * 1024);
    m_sizeSpin->setValue(1);
    m_sizeUnit = named(new QComboBox(this), "sizeUnitCombo", tr("Size unit"));
    m_sizeUnit->addItem(tr("bytes"), qint64(1));
    m_sizeUnit->addItem(tr("KiB"), qint64(1024));
    m_sizeUnit->addItem(tr("MiB"), qint64(1024 * 1024));
    m_sizeUnit->setCurrentIndex(2);
    sizeRow->addWidget(m_sizeSpin);
    sizeRow->addWidget(m_sizeUnit);
    sizeRow->addStretch();
    form->addRow(m_sizeCheck, sizeRow);
    layout->addLayout(form);

    m_keepProfiles = named(new QCheckBox(tr("Keep profile pictures (user and room avatars)"), this),
                           "keepProfilesCheck", tr("Keep profile pictures"));
    m_keepProfiles->setChecked(true);
    layout->addWidget(m_keepProfiles);
    m_remoteCache = named(new QCheckBox(tr("Also purge the cache of media from other servers (they can be "
                                           "fetched again when someone looks at them)"),
                                        this),
                          "remoteCacheCheck", tr("Also purge cached remote media"));
    layout->addWidget(m_remoteCache);

    m_cutoffLabel = wrappedLabel(QString(), this, "cutoffSummaryLabel");
    layout->addWidget(m_cutoffLabel);
    layout->addStretch();

    for (QAbstractButton *b :
         { static_cast<QAbstractButton *>(m_daysRadio), static_cast<QAbstractButton *>(m_dateRadio),
           static_cast<QAbstractButton *>(m_sizeCheck), static_cast<QAbstractButton *>(m_keepProfiles),
           static_cast<QAbstractButton *>(m_remoteCache) }) {
        connect(b, &QAbstractButton::toggled, this, &MediaPurgeCutoffPage::recompute);
    }
    connect(m_daysSpin, &QSpinBox::valueChanged, this, &MediaPurgeCutoffPage::recompute);
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, &MediaPurgeCutoffPage::recompute);
    connect(m_sizeUnit, &QComboBox::currentIndexChanged, this, &MediaPurgeCutoffPage::recompute);
    connect(m_dateEdit, &QDateTimeEdit::dateTimeChanged, this, &MediaPurgeCutoffPage::recompute);
    recompute();
}

void MediaPurgeCutoffPage::recompute()
{
    m_daysSpin->setEnabled(m_daysRadio->isChecked());
    m_dateEdit->setEnabled(m_dateRadio->isChecked());
    m_sizeSpin->setEnabled(m_sizeCheck->isChecked());
    m_sizeUnit->setEnabled(m_sizeCheck->isChecked());
    const QTimeZone zone = m_wizard->timeZone();
    const QDateTime now = QDateTime::currentDateTime();
    MediaPurgeCutoff::Parsed parsed;
    if (m_daysRadio->isChecked()) {
        parsed = MediaPurgeCutoff::olderThanDays(m_daysSpin->value(), now, zone);
    } else {
        const auto ms = MediaPurgeCutoff::localToUtcMs(m_dateEdit->date(), m_dateEdit->time(), zone, false);
        parsed.beforeTs = ms.value_or(0);
        if (!ms) {
            parsed.error = tr("%1 does not exist in the time zone %2 (the clocks skip it when daylight saving "
                              "time starts): choose a time outside that gap.")
                               .arg(m_dateEdit->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    QString::fromUtf8(zone.id()));
        }
    }
    m_criteria.beforeTs = parsed.beforeTs;
    m_criteria.sizeGt = m_sizeCheck->isChecked() ? m_sizeSpin->value() * m_sizeUnit->currentData().toLongLong() : 0;
    m_criteria.keepProfiles = m_keepProfiles->isChecked();
    m_criteria.remoteCache = m_remoteCache->isChecked();
    m_error = parsed.error;
    QString text;
    if (m_error.isEmpty()) {
        const auto check = MediaPurgeCutoff::check(parsed.beforeTs, now.toMSecsSinceEpoch());
        text = tr("Cutoff: <b>%1</b>.").arg(MediaPurgeCutoff::formatInstant(parsed.beforeTs, zone).toHtmlEscaped());
        if (check == MediaPurgeCutoff::Check::InFuture || check == MediaPurgeCutoff::Check::TooEarly) {
            m_error = MediaPurgeCutoff::describe(check, parsed.beforeTs, zone);
        } else if (check == MediaPurgeCutoff::Check::Recent) {
            text += QStringLiteral(" <span style=\"color:#a15c00\">%1</span>")
                        .arg(MediaPurgeCutoff::describe(check, parsed.beforeTs, zone).toHtmlEscaped());
        }
    }
    if (!m_error.isEmpty()) {
        text = QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(m_error.toHtmlEscaped());
    }
    m_cutoffLabel->setText(text);
    Q_EMIT completeChanged();
}

bool MediaPurgeCutoffPage::isComplete() const
{
    return m_error.isEmpty();
}

bool MediaPurgeCutoffPage::validatePage()
{
    recompute(); // "N days ago" moves with the clock
    if (!m_error.isEmpty()) {
        return false;
    }
    m_wizard->setCriteria(m_criteria);
    return true;
}

// ---------------------------------------------------------------------------------------- estimate

MediaPurgeEstimatePage::MediaPurgeEstimatePage(MediaPurgeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Estimate"));
    setSubTitle(tr("Steward reads every user's media list to predict what the server will delete. Nothing is "
                   "deleted yet."));
    auto *layout = new QVBoxLayout(this);
    m_progress = named(new QProgressBar(this), "estimateProgress", tr("Estimate progress"));
    layout->addWidget(m_progress);
    m_status = wrappedLabel(QString(), this, "estimateStatusLabel");
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_cancelButton =
        named(new QPushButton(tr("&Cancel Estimate"), this), "cancelEstimateButton", tr("Cancel the estimate"));
    m_skipButton =
        named(new QPushButton(tr("&Skip Estimate"), this), "skipEstimateButton", tr("Skip the estimate and continue"));
    m_skipButton->setToolTip(tr("On very large servers the estimate can take long; the purge works without it."));
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_skipButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_summary = wrappedLabel(QString(), this, "estimateSummaryLabel");
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    auto *usersLabel = wrappedLabel(tr("Users most affected (up to 20):"), this, "topUsersLabel");
    layout->addWidget(usersLabel);
    m_users = named(new QTreeWidget(this), "topUsersTree", tr("Users most affected"));
    usersLabel->setBuddy(m_users);
    m_users->setRootIsDecorated(false);
    m_users->setHeaderLabels({ tr("User"), tr("Display name"), tr("Files"), tr("Size") });
    m_users->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_users, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, [this]() { stop(false); });
    connect(m_skipButton, &QPushButton::clicked, this, [this]() { stop(true); });
    connect(wizard->estimator(), &MediaPurgeEstimator::progressChanged, this, [this](const OperationProgress &p) {
        m_progress->setRange(0, int(qMax<qint64>(p.total, 0)));
        m_progress->setValue(int(p.done));
        m_status->setText(p.total > 0 ? tr("%1 %2 of %3 users.").arg(p.phase).arg(p.done).arg(p.total) : p.phase);
    });
    connect(wizard->estimator(), &MediaPurgeEstimator::finished, this, &MediaPurgeEstimatePage::onFinished);
}

void MediaPurgeEstimatePage::initializePage()
{
    m_done = false;
    m_skipRequested = false;
    m_wizard->setEstimateValid(false);
    m_users->clear();
    m_summary->clear();
    m_progress->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_skipButton->setEnabled(true);
    m_wizard->estimator()->start(m_wizard->criteria());
}

void MediaPurgeEstimatePage::cleanupPage()
{
    m_wizard->estimator()->cancel();
}

void MediaPurgeEstimatePage::stop(bool skip)
{
    m_skipRequested = skip;
    m_wizard->estimator()->cancel(); // finished() follows at once; onFinished moves on when skipping
}

void MediaPurgeEstimatePage::onFinished()
{
    const MediaPurgeEstimate &e = m_wizard->estimator()->estimate();
    m_done = true;
    m_cancelButton->setEnabled(false);
    m_skipButton->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    switch (e.state) {
    case MediaPurgeEstimate::State::Cancelled:
        m_status->setText(tr("The estimate was stopped after %1 of %2 users: there are no numbers to show. You can "
                             "continue without them, or go back and start it again.")
                              .arg(e.usersScanned)
                              .arg(e.usersTotal));
        break;
    case MediaPurgeEstimate::State::Failed:
        m_status->setText(
            tr("The estimate failed: %1. You can continue without it, or go back and try again.").arg(e.error));
        break;
    case MediaPurgeEstimate::State::Complete: {
        m_wizard->setEstimateValid(true);
        m_status->setText(tr("Done: read the media lists of %1 users.").arg(e.usersScanned));
        m_summary->setText(
            tr("<p><b>Estimate:</b> about <b>%1 local files, %2</b>, uploaded by %3 users, would be deleted.</p>"
               "<p>Kept: %4 quarantined, %5 protected, %6 profile pictures, %7 not larger than the size limit.</p>"
               "<p><i>This is an estimate: media not uploaded by a user (URL previews), custom per-room avatars and "
               "anything accessed from now on are not counted. The server decides when it deletes.</i></p>")
                .arg(e.files)
                .arg(formatBytes(e.bytes).toHtmlEscaped())
                .arg(e.users.size())
                .arg(e.skippedQuarantined)
                .arg(e.skippedProtected)
                .arg(e.skippedProfile)
                .arg(e.skippedSmall));
        for (int i = 0; i < qMin(20, int(e.users.size())); ++i) {
            const MediaPurgeUserShare &u = e.users.at(i);
            auto *item = new QTreeWidgetItem(
                m_users, { u.userId, u.displayName, QString::number(u.files), formatBytes(u.bytes) });
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    }
    Q_EMIT completeChanged();
    if (m_skipRequested && m_wizard->currentPage() == this) {
        m_wizard->next();
    }
}

bool MediaPurgeEstimatePage::isComplete() const
{
    return m_done;
}

// ------------------------------------------------------------------------------------ confirmation

MediaPurgeConfirmPage::MediaPurgeConfirmPage(MediaPurgeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Confirm"));
    setSubTitle(tr("Deleted media cannot be restored."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Delete Media"));
    auto *layout = new QVBoxLayout(this);
    m_summary = wrappedLabel(QString(), this, "confirmSummaryLabel");
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    auto *prompt =
        wrappedLabel(tr("Type the server name <b>%1</b> to confirm:").arg(wizard->serverName().toHtmlEscaped()), this,
                     "confirmPromptLabel");
    layout->addWidget(prompt);
    m_serverNameEdit = named(new QLineEdit(this), "confirmServerNameEdit", tr("Server name to confirm"));
    m_serverNameEdit->setPlaceholderText(wizard->serverName());
    prompt->setBuddy(m_serverNameEdit);
    layout->addWidget(m_serverNameEdit);
    m_recentCheck = named(new QCheckBox(tr("I understand that the cutoff is within the last 24 hours and that media "
                                           "people are using right now will be deleted"),
                                        this),
                          "confirmRecentCheck", tr("Confirm a recent cutoff"));
    layout->addWidget(m_recentCheck);
    layout->addStretch();
    connect(m_serverNameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_recentCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void MediaPurgeConfirmPage::initializePage()
{
    const MediaPurgeCriteria c = m_wizard->criteria();
    const MediaPurgeEstimate *e = m_wizard->estimate();
    QString text = tr("<p>On <b>%1</b>, delete every local media file last accessed before <b>%2</b>%3.</p>")
                       .arg(m_wizard->serverName().toHtmlEscaped(),
                            MediaPurgeCutoff::formatInstant(c.beforeTs, m_wizard->timeZone()).toHtmlEscaped(),
                            c.sizeGt > 0 ? tr(" and larger than %1 bytes").arg(c.sizeGt) : QString());
    text += tr("<p>Kept: quarantined and protected files%1.</p>")
                .arg(c.keepProfiles ? tr(", profile pictures") : QString());
    if (!c.keepProfiles) {
        text += tr("<p><b>Profile pictures are deleted too.</b></p>");
    }
    text += c.remoteCache ? tr("<p>Also purge cached copies of other servers' media last accessed before the "
                               "cutoff.</p>")
                          : tr("<p>Cached media from other servers are not touched.</p>");
    text += e ? tr("<p>Estimate: about %1 files, %2.</p>").arg(e->files).arg(formatBytes(e->bytes).toHtmlEscaped())
              : tr("<p>No estimate was made.</p>");
    m_summary->setText(text);
    m_serverNameEdit->clear();
    const bool recent = m_wizard->cutoffCheck() == MediaPurgeCutoff::Check::Recent;
    m_recentCheck->setChecked(false);
    m_recentCheck->setVisible(recent);
}

bool MediaPurgeConfirmPage::isComplete() const
{
    const bool recentOk = m_recentCheck->isHidden() || m_recentCheck->isChecked();
    return m_serverNameEdit->text().trimmed() == m_wizard->serverName() && recentOk
        && m_wizard->cutoffCheck() != MediaPurgeCutoff::Check::InFuture;
}

} // namespace Steward
