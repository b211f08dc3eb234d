#pragma once

#include "media/mediapurgecutoff.h"
#include "media/mediapurgetypes.h"

#include <QTimeZone>
#include <QWizard>

class QAction;

namespace Steward {

class ApiService;
class MainWindow;
class MediaPurgeEstimator;
class MediaPurgeRun;

/// Tools > Purge Old Media: cutoff -> estimate -> confirmation (type the server name) -> result.
/// The pages are thin: the estimate and the purge are MediaPurgeEstimator and MediaPurgeRun.
class MediaPurgeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { CutoffPageId, EstimatePageId, ConfirmPageId, ResultPageId };

    MediaPurgeWizard(ApiService *api, const QString &serverName, QWidget *parent = nullptr);
    ~MediaPurgeWizard() override;

    /// Enables Tools > actionMediaPurge while the window is connected, and opens the wizard from it.
    static void installAction(MainWindow *window);

    ApiService *api() const { return m_api; }
    QString serverName() const { return m_serverName; }
    QTimeZone timeZone() const { return m_zone; }
    /// For tests: the zone dates are read in (default: the system's).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    MediaPurgeCriteria criteria() const { return m_criteria; }
    void setCriteria(const MediaPurgeCriteria &criteria) { m_criteria = criteria; }
    MediaPurgeCutoff::Check cutoffCheck() const;

    MediaPurgeEstimator *estimator() const { return m_estimator; }
    /// The estimate, when one completed (not cancelled or skipped).
    const MediaPurgeEstimate *estimate() const;
    void setEstimateValid(bool valid) { m_estimateValid = valid; }
    MediaPurgeRun *run() const { return m_run; }

private:
    ApiService *m_api;
    QString m_serverName;
    QTimeZone m_zone;
    MediaPurgeCriteria m_criteria;
    MediaPurgeEstimator *m_estimator;
    MediaPurgeRun *m_run;
    bool m_estimateValid = false;
};

} // namespace Steward
