#include "media/mediapurgepages.h"

#include "media/mediapurgerun.h"
#include "media/mediapurgewizard.h"
#include "widgethelpers.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Steward {

MediaPurgeResultPage::MediaPurgeResultPage(MediaPurgeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Result"));
    setSubTitle(tr("What the server reported back."));
    auto *layout = new QVBoxLayout(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("resultProgress"));
    m_progress->setAccessibleName(tr("Purge progress"));
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_exportButton = new QPushButton(tr("&Export Deleted Media IDs to CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setAccessibleName(tr("Export deleted media IDs to CSV"));
    m_exportButton->setEnabled(false);
    m_cancelRun = new QPushButton(tr("&Stop the Purge"), this);
    m_cancelRun->setObjectName(QStringLiteral("cancelPurgeButton"));
    m_cancelRun->setAccessibleName(tr("Stop the purge"));
    m_cancelRun->setToolTip(tr("Starts no further step; a step the server has received is carried out there, "
                               "and its answer is shown"));
    m_cancelRun->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_cancelRun);
    row->addWidget(m_exportButton);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    connect(m_exportButton, &QPushButton::clicked, this, &MediaPurgeResultPage::chooseExportFile);
    connect(m_cancelRun, &QPushButton::clicked, wizard->run(), [this]() {
        m_cancelRun->setEnabled(false);
        m_wizard->run()->cancel();
    });
    connect(wizard->run(), &MediaPurgeRun::phaseChanged, m_status, &QLabel::setText);
    connect(wizard->run(), &MediaPurgeRun::finished, this, &MediaPurgeResultPage::onFinished);
}

void MediaPurgeResultPage::initializePage()
{
    m_done = false;
    m_progress->setRange(0, 0); // the server answers only when it is done
    m_progress->show();
    m_summary->clear();
    m_exportButton->setEnabled(false);
    if (QAbstractButton *cancel = m_wizard->button(QWizard::CancelButton)) {
        cancel->setEnabled(false); // closing would not stop the server, only hide its answer
    }
    m_cancelRun->setEnabled(true);
    m_wizard->run()->start(m_wizard->criteria(), m_wizard->estimate());
}

void MediaPurgeResultPage::onFinished()
{
    const MediaPurgeResult &r = m_wizard->run()->result();
    m_done = true;
    m_cancelRun->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->hide();
    if (QAbstractButton *cancel = m_wizard->button(QWizard::CancelButton)) {
        cancel->setEnabled(true);
    }
    QString text;
    if (r.localDone && r.localVerified) {
        text += tr("<p><b>Deleted %1 local media files</b> (verified: the server's answer was lost, so Steward "
                   "listed the media again; %2 files still match).</p>")
                    .arg(r.deletedTotal)
                    .arg(r.remainingAfter);
    } else if (r.localDone) {
        text += tr("<p><b>Deleted %1 local media files</b> (the server's count).</p>").arg(r.deletedTotal);
    }
    if (r.localDone) {
        if (m_wizard->estimate()) {
            text += tr("<p>Space freed: at least %1 — sizes known from the estimate for %2 of the %3 deleted "
                       "files (thumbnails not counted).</p>")
                        .arg(formatBytes(r.bytesKnown).toHtmlEscaped())
                        .arg(r.filesWithKnownSize)
                        .arg(r.deletedMediaIds.size());
        } else {
            text += tr("<p>Space freed: unknown (the estimate was skipped; the server does not report sizes).</p>");
        }
        if (r.usedLegacyPath) {
            text += tr("<p>This server only knows the older media deletion path; it was used.</p>");
        }
    } else if (r.localOutcomeUnknown) {
        text += tr("<p><b>Local media: outcome unknown.</b> %1</p>").arg(r.localError.toHtmlEscaped());
    } else if (!r.localAttempted) {
        text += tr("<p><b>Local media: not attempted</b> (stopped before it was sent); nothing was deleted.</p>");
    } else {
        text += tr("<p><b>Local media: nothing was deleted.</b> The server refused: %1</p>")
                    .arg(r.localError.toHtmlEscaped());
    }
    if (r.remoteDone) {
        text += tr("<p>Deleted %1 cached files of other servers' media.</p>").arg(r.remoteDeleted);
    } else if (r.remoteAttempted) {
        text += tr("<p><b>Remote media cache: failed</b>: %1</p>").arg(r.remoteError.toHtmlEscaped());
    } else if (m_wizard->criteria().remoteCache) {
        text += tr("<p>Remote media cache: not attempted.</p>");
    }
    m_status->setText(r.cancelled ? tr("Stopped.") : r.ok() ? tr("Done.") : tr("Finished with errors."));
    m_summary->setText(text);
    m_exportButton->setEnabled(!r.deletedMediaIds.isEmpty());
    Q_EMIT completeChanged();
}

bool MediaPurgeResultPage::isComplete() const
{
    return m_done;
}

bool MediaPurgeResultPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    static const MediaPurgeEstimate none;
    const MediaPurgeEstimate *e = m_wizard->estimate();
    if (!file.open(QIODevice::WriteOnly)
        || !writeDeletedMediaCsv(&file, m_wizard->run()->result(), e ? *e : none, m_wizard->serverName())
        || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1 media IDs to %2.").arg(m_wizard->run()->result().deletedMediaIds.size()).arg(path));
    return true;
}

void MediaPurgeResultPage::chooseExportFile()
{
    auto *dialog = Widgets::fileDialog(this, "exportCsvDialog", tr("Export Deleted Media IDs"), QString(),
                                       tr("CSV files (*.csv)"), QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("deleted-media-%1.csv").arg(m_wizard->serverName()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

} // namespace Steward
