#pragma once

#include "health/serveroverview.h"

#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;

namespace Steward {

class ServerSession;

/// The first page after connecting: how the server is, in one place. Every figure links to the
/// page with its details (linkActivated -> pageRequested). Cheap figures come from the server's
/// totals; media and federation are added up page by page with progress and say "so far" until
/// the walk completed. Nothing here blocks: each figure arrives on its own.
class OverviewView : public QWidget
{
    Q_OBJECT
public:
    OverviewView(ServerSession *session, QWidget *parent = nullptr);

    ServerOverview *overview() const { return m_overview; }
    void reload();

    /// Hook for the reports page: shows the "Unread reports" row with this text, linking to pageId
    /// (hidden until called; an empty text hides it again).
    void setReportsFigure(const QString &text, const QString &pageId);

    /// Links are "page:ID" or "page:ID/ARG" (a room to open, a filter to set).
    static QString link(const QString &target, const QString &text);

Q_SIGNALS:
    /// A figure was clicked: show this page (and, where given, this room or filter).
    void pageRequested(const QString &pageId, const QString &argument);

private:
    void update();
    QLabel *addRow(QGridLayout *grid, const QString &title, const char *name);

    ServerSession *m_session;
    ServerOverview *m_overview;
    QLabel *m_server;
    QLabel *m_users;
    QLabel *m_rooms;
    QLabel *m_largestRooms;
    QLabel *m_media;
    QProgressBar *m_mediaProgress;
    QLabel *m_backgroundUpdates;
    QLabel *m_federation;
    QProgressBar *m_federationProgress;
    QLabel *m_reportsTitle;
    QLabel *m_reports;
};

} // namespace Steward
