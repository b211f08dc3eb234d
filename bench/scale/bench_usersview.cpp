// Benchmark (not a test): the real Users view (or, with --rooms, the Rooms view) and its model,
// offscreen, against a big server.
//
//   STEWARD_ACCESS_TOKEN=... bench_usersview --homeserver URL [--rooms] [--scroll-step ROWS] [--no-scroll] [--trace]
//
// Measures, in one run, each beside a raw baseline measured in the same run:
//   first rows   opening the view until its table has painted row 0 loaded (the clock stops when the
//                event whose handling painted it is over; Rooms view: from the moment the view sees its
//                session connected, when it starts loading), against one raw page request (the model's
//                own first request, same page size, on the same pipeline); best of 3 each, taken in
//                turn, each time with a new view (the first view of the process is printed too: it
//                also loads fonts and glyphs, which the app has done before a view opens). --trace
//                prints the timeline of each (requests, answers, model, paints, events over 0.2 ms)
//   Ctrl+End     the key press until the last user is shown, against one raw request for the last page
//   stall        the longest event-loop stall while scrolling through every row (a 5 ms heartbeat timer
//                measures it), scrolling a screenful at a time and waiting for each screen's rows; with
//                the CPU time this thread used during that stall (the rest of it the thread waited for
//                a CPU: the machine's load, not Steward's work) and the event that took the most CPU
//                time (receiver class, object name, event type)
//   RSS          the process's resident memory after scrolling through every row (and before, and the
//                same process's RSS right after start)
// Prints one line per measure and a JSON summary line. The token comes from the environment only.
#include "apiservice.h"
#include "rooms/roomlistmodel.h"
#include "rooms/roomsapi.h"
#include "rooms/roomsview.h"
#include "serversession.h"
#include "users/userapi.h"
#include "users/userlistmodel.h"
#include "users/usersview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace Steward;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

/// CPU time this thread has used, in ms.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Times every event delivered from the event loop (outermost deliveries only) in this thread's CPU
/// time and keeps the costliest one while `timing` is on; tells `delivered` when an outermost
/// delivery is over (everything it caused synchronously, e.g. the paints of an update, is done).
class TimedApp : public QApplication
{
public:
    using QApplication::QApplication;
    bool timing = false;
    double costliestMs = 0;
    QString costliest;
    /// Called after each outermost delivery with what it was and how long it took (wall clock, ms).
    std::function<void(const QString &what, double ms)> delivered;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0) {
            return QApplication::notify(receiver, event);
        }
        ++m_depth;
        // The event and the receiver (a deferred delete) may be gone after delivery.
        const int type = int(event->type());
        const char *className = timing ? receiver->metaObject()->className() : nullptr;
        const QString objectName = timing ? receiver->objectName() : QString();
        const double start = timing ? threadCpuMs() : 0;
        QElapsedTimer wall;
        wall.start();
        const QString what = delivered
            ? QStringLiteral("%1 \"%2\" event %3")
                  .arg(QLatin1String(receiver->metaObject()->className()), receiver->objectName())
                  .arg(type)
            : QString();
        const bool result = QApplication::notify(receiver, event);
        const double used = timing ? threadCpuMs() - start : 0;
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        --m_depth;
        if (used > costliestMs) {
            costliestMs = used;
            costliest = QStringLiteral("%1 \"%2\" event %3").arg(QLatin1String(className), objectName).arg(type);
        }
        if (delivered) {
            delivered(what, wallMs);
        }
        return result;
    }

private:
    int m_depth = 0;
};

/// Runs the event loop until predicate() holds (checked every millisecond) or timeoutMs passed.
/// Not QTest::qWaitFor: it sleeps 10 ms between its passes, with the event loop blocked, which the
/// stall measure would count as the view's.
bool waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    if (predicate()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (predicate()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return predicate();
}

/// The first-rows timeline (--trace): what happened when, in ms since the clock started.
struct Timeline
{
    const QElapsedTimer *clock = nullptr;
    bool on = false;
    QStringList lines;
    double now() const { return clock && clock->isValid() ? double(clock->nsecsElapsed()) / 1e6 : -1; }
    void mark(const QString &what)
    {
        if (on && clock && clock->isValid()) {
            lines << QStringLiteral("%1 ms  %2").arg(double(clock->nsecsElapsed()) / 1e6, 7, 'f', 1).arg(what);
        }
    }
};

/// Marks every request of a network manager on the timeline when it leaves (its reply object is
/// created) and when its answer is in. ApiService spreads its requests over several managers.
class RequestTracer : public QObject
{
public:
    RequestTracer(QNetworkAccessManager *manager, Timeline *timeline)
        : QObject(manager)
        , m_timeline(timeline)
    {
        manager->installEventFilter(this);
        connect(manager, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            const double now = m_timeline->now();
            const double left = m_left.take(reply);
            m_timeline->mark(QStringLiteral("answer in: %1 (sent at %2 ms, %3 ms on the way)")
                                 .arg(reply->url().path())
                                 .arg(left, 0, 'f', 1)
                                 .arg(now - left, 0, 'f', 1));
        });
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            // The reply is being constructed: its URL is not readable yet.
            m_left.insert(static_cast<QChildEvent *>(event)->child(), m_timeline->now());
            m_timeline->mark(QStringLiteral("a request leaves"));
        }
        return false;
    }

private:
    Timeline *m_timeline;
    QHash<QObject *, double> m_left;
};

/// Calls `onPaint` when a widget is about to be painted.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, std::function<void()> onPaint)
        : QObject(widget)
        , m_onPaint(std::move(onPaint))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            m_onPaint();
        }
        return false;
    }

private:
    std::function<void()> m_onPaint;
};

using RawRequest = std::function<ApiRequest(qint64 from, int limit)>;

/// One raw request (the model's own request for that page), best of `runs`, in ms.
double rawPageMs(ApiService &api, const RawRequest &request, qint64 from, int limit, int runs)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        ApiReply *reply = api.send(request(from, limit));
        bool done = false;
        QObject::connect(reply, &ApiReply::finished, [&done]() { done = true; });
        if (!waitFor([&done]() { return done; }, 600000) || !reply->ok()) {
            std::fprintf(stderr, "raw request failed: %s\n", qPrintable(reply->error().describe()));
            return -1;
        }
        best = qMin(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

/// The table shows `row`, loaded (not a placeholder).
bool shown(QTableView *table, PagedListModel *model, int row)
{
    const int y = table->rowViewportPosition(row);
    return model->isRowLoaded(row) && y >= 0 && y < table->viewport()->height();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApp app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("homeserver"), QStringLiteral("Base URL of the server."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("scroll-step"), QStringLiteral("Rows per scroll step (default: a screenful)."),
                       QStringLiteral("ROWS") });
    parser.addOption({ QStringLiteral("no-scroll"), QStringLiteral("Skip scrolling through every row.") });
    parser.addOption({ QStringLiteral("rooms"), QStringLiteral("The Rooms view instead of the Users view.") });
    parser.addOption({ QStringLiteral("trace"), QStringLiteral("Print a timeline of the first rows.") });
    parser.process(app);
    const QByteArray token = qgetenv("STEWARD_ACCESS_TOKEN");
    if (!parser.isSet(QStringLiteral("homeserver")) || token.isEmpty()) {
        std::fprintf(stderr, "usage: STEWARD_ACCESS_TOKEN=... bench_usersview --homeserver URL\n");
        return 2;
    }
    const double rssStart = rssMb();

    QElapsedTimer t;
    Timeline timeline;
    timeline.clock = &t;
    QNetworkAccessManager nam;
    ApiService api(&nam);
    api.setBaseUrl(QUrl(parser.value(QStringLiteral("homeserver"))));
    api.setAccessToken(QString::fromUtf8(token));

    // The view under test, made anew for each first-rows measure. The Rooms view takes a session
    // and loads the moment it sees the session connected: its clock starts then (this handler is
    // connected before the view's own).
    const bool rooms = parser.isSet(QStringLiteral("rooms"));
    std::unique_ptr<QWidget> view;
    std::unique_ptr<ServerSession> session;
    QTableView *table = nullptr;
    PagedListModel *model = nullptr;
    RawRequest raw;
    auto makeView = [&]() {
        view.reset();
        session = std::make_unique<ServerSession>(&nam);
        QObject::connect(session.get(), &ServerSession::stateChanged, [&t](ServerSession::State state) {
            if (state == ServerSession::State::Connected) {
                t.start();
            }
        });
        if (rooms) {
            auto *roomsView = new RoomsView(session.get(), [](const QStringList &) {});
            view.reset(roomsView);
            table = view->findChild<QTableView *>(QStringLiteral("roomsTable"));
            model = roomsView->model();
            const RoomListQuery query = roomsView->model()->query();
            raw = [query](qint64 from, int limit) {
                RoomListQuery q = query;
                q.from = int(from);
                q.limit = limit;
                return RoomsApi::listRequest(q);
            };
        } else {
            auto *usersView = new UsersView(&api);
            view.reset(usersView);
            table = view->findChild<QTableView *>(QStringLiteral("usersTable"));
            model = usersView->model();
            const UserListQuery query = usersView->model()->query();
            raw = [query](qint64 from, int limit) {
                return UserApi::listRequest(query, from, limit);
            };
        }
        view->resize(1400, 900);
    };
    makeView();
    const int pageSize = model->pageSize();

    // Baseline 1: one raw page request, the model's own first request (same page size), best of 3,
    // taken in turn with the measure below (the machine's load moves: both see the same minutes).
    const int firstRowsRuns = 3;
    double rawFirst = -1;

    // Time to first rows: show the view and load, until the table has painted row 0 loaded (the
    // clock stops when the event whose handling painted it is over: the whole update is on screen).
    // Best of 3 like the baseline, each time with a new view; the first one also pays for what a
    // process does once (loading fonts, first glyphs), which the app has done before a view opens.
    const bool trace = parser.isSet(QStringLiteral("trace"));
    QSet<QNetworkAccessManager *> traced;
    double firstRows = -1;
    double firstRowsCold = -1;
    for (int run = 0; run < firstRowsRuns; ++run) {
        const double rawMs = rawPageMs(api, raw, 0, pageSize, 1);
        rawFirst = rawFirst < 0 ? rawMs : qMin(rawFirst, rawMs);
        if (run > 0) {
            makeView();
        }
        timeline.on = trace;
        if (trace) {
            timeline.lines << QStringLiteral("view %1:").arg(run + 1);
        }
        QList<QNetworkAccessManager *> managers = api.findChildren<QNetworkAccessManager *>();
        managers << session->api()->findChildren<QNetworkAccessManager *>() << &nam;
        for (QNetworkAccessManager *manager : std::as_const(managers)) {
            if (!traced.contains(manager)) {
                traced.insert(manager);
                new RequestTracer(manager, &timeline);
            }
        }
        bool paintingLoaded = false;
        double painted = -1;
        auto *paintWatcher = new PaintWatcher(table->viewport(), [&]() {
            const bool loaded = shown(table, model, 0);
            timeline.mark(QStringLiteral("the table paints (row 0 %1)").arg(loaded ? u"loaded" : u"not loaded"));
            paintingLoaded = paintingLoaded || loaded;
        });
        app.delivered = [&](const QString &what, double ms) {
            if (ms >= 0.2) {
                timeline.mark(QStringLiteral("(%1 took %2 ms)").arg(what).arg(ms, 0, 'f', 1));
            }
            if (paintingLoaded && painted < 0) {
                painted = double(t.nsecsElapsed()) / 1e6;
                timeline.mark(QStringLiteral("that paint is over: the clock stops"));
            }
        };
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, [&](const QModelIndex &, int, int last) {
            timeline.mark(QStringLiteral("model: an answer is read; %1 rows to insert").arg(last + 1));
        });
        QObject::connect(model, &QAbstractItemModel::rowsInserted,
                         [&]() { timeline.mark(QStringLiteral("model: the view knows the rows")); });
        QObject::connect(model, &PagedListModel::rowsLoaded, [&](int first, int last) {
            timeline.mark(QStringLiteral("model: rows %1-%2 loaded").arg(first).arg(last));
        });
        t.invalidate();
        if (rooms) {
            view->show();
            session->open(api.baseUrl(), api.accessToken()); // the clock starts when it is connected
        } else {
            t.start();
            timeline.mark(QStringLiteral("the clock starts (CLOCK_MONOTONIC %1 ms)").arg(t.msecsSinceReference()));
            view->show();
            timeline.mark(QStringLiteral("show() returned"));
            static_cast<UsersView *>(view.get())->reload();
            timeline.mark(QStringLiteral("reload() returned"));
        }
        if (!waitFor([&]() { return painted >= 0; }, 600000)) {
            std::fprintf(stderr, "the first rows never came: %s\n", qPrintable(model->lastError().describe()));
            return 1;
        }
        // What follows the first rows at once (e.g. fitting the columns) goes on the timeline too.
        (void)waitFor([&]() { return false; }, timeline.on ? 50 : 0);
        (void)waitFor([&]() { return !model->isLoading(); }, 600000);
        app.delivered = nullptr;
        delete paintWatcher;
        timeline.on = false;
        firstRowsCold = run == 0 ? painted : firstRowsCold;
        firstRows = firstRows < 0 ? painted : qMin(firstRows, painted);
    }
    ApiService &modelApi = rooms ? *session->api() : api;
    const int total = model->rowCount();
    (void)waitFor([&]() { return !model->isLoading(); }, 600000);

    // Baseline 2: one raw request for the last page.
    const qint64 lastFrom = qint64(total - 1) / pageSize * pageSize;
    const double rawLast = rawPageMs(api, raw, lastFrom, pageSize, 3);

    // Ctrl+End until the last user is shown.
    table->setFocus();
    const qint64 requestsBefore = modelApi.requestsSent();
    t.restart();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    if (!waitFor([&]() { return shown(table, model, total - 1); }, 120000)) {
        std::fprintf(stderr, "the last row never came: loaded %d, current row %d\n", int(model->isRowLoaded(total - 1)),
                     table->currentIndex().row());
        return 1;
    }
    const double ctrlEnd = double(t.nsecsElapsed()) / 1e6;
    (void)waitFor([&]() { return !model->isLoading(); }, 600000);
    const qint64 ctrlEndRequests = modelApi.requestsSent() - requestsBefore;
    const double rssBeforeScroll = rssMb();

    // Scroll through every row from the top, a screenful at a time; a heartbeat measures stalls.
    double longestStall = 0;
    double longestStallCpu = 0;
    double scrollSeconds = 0;
    qint64 scrollRequests = 0;
    if (!parser.isSet(QStringLiteral("no-scroll"))) {
        QElapsedTimer beat;
        beat.start();
        qint64 lastBeat = 0;
        double lastCpu = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        heartbeat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&heartbeat, &QTimer::timeout, [&]() {
            const qint64 now = beat.nsecsElapsed();
            const double cpu = threadCpuMs();
            if (lastBeat > 0 && double(now - lastBeat) / 1e6 - 5.0 > longestStall) {
                longestStall = double(now - lastBeat) / 1e6 - 5.0;
                longestStallCpu = cpu - lastCpu;
            }
            lastBeat = now;
            lastCpu = cpu;
        });
        QScrollBar *bar = table->verticalScrollBar();
        const int screen = qMax(1, table->viewport()->height() / qMax(1, table->rowHeight(0)));
        const int step =
            parser.isSet(QStringLiteral("scroll-step")) ? parser.value(QStringLiteral("scroll-step")).toInt() : screen;
        const qint64 scrollRequestsBefore = modelApi.requestsSent();
        QElapsedTimer scroll;
        scroll.start();
        bar->setValue(0);
        heartbeat.start();
        app.timing = true;
        for (int top = 0; top < total; top += step) {
            bar->setValue(top); // per-item scrolling: the value is the top row
            const int bottom = qMin(total - 1, top + screen - 1);
            if (!waitFor([&]() { return model->isRowLoaded(top) && model->isRowLoaded(bottom); }, 600000)) {
                std::fprintf(stderr, "rows %d..%d never came\n", top, bottom);
                return 1;
            }
        }
        heartbeat.stop();
        app.timing = false;
        scrollSeconds = double(scroll.nsecsElapsed()) / 1e9;
        scrollRequests = modelApi.requestsSent() - scrollRequestsBefore;
    }
    const double rssAfter = rssMb();

    QTextStream out(stdout);
    if (!timeline.lines.isEmpty()) {
        out << "first-rows timeline:\n";
        for (const QString &line : std::as_const(timeline.lines)) {
            out << "  " << line << '\n';
        }
    }
    out << QStringLiteral("%1: %2 (page size %3)\n").arg(rooms ? u"rooms" : u"users").arg(total).arg(pageSize);
    out << QStringLiteral(
               "first rows    %1 ms   raw page request %2 ms   ratio %3x (target <= 1.2x)   (best of %4 each; "
               "the first view in this process: %5 ms)\n")
               .arg(firstRows, 0, 'f', 0)
               .arg(rawFirst, 0, 'f', 0)
               .arg(firstRows / rawFirst, 0, 'f', 2)
               .arg(firstRowsRuns)
               .arg(firstRowsCold, 0, 'f', 0);
    out << QStringLiteral(
               "Ctrl+End      %1 ms   raw last-page request %2 ms   ratio %3x   %4 request(s) (target <= 2 s)\n")
               .arg(ctrlEnd, 0, 'f', 0)
               .arg(rawLast, 0, 'f', 0)
               .arg(ctrlEnd / rawLast, 0, 'f', 2)
               .arg(ctrlEndRequests);
    if (scrollSeconds > 0) {
        out << QStringLiteral(
                   "scrolling     every row in %1 s, %2 requests, longest event-loop stall %3 ms (target <= 50 ms)\n")
                   .arg(scrollSeconds, 0, 'f', 1)
                   .arg(scrollRequests)
                   .arg(longestStall, 0, 'f', 1);
        out << QStringLiteral("              of which this thread ran %1 ms (the rest it waited for a CPU); costliest "
                              "event %2 ms CPU: %3\n")
                   .arg(longestStallCpu, 0, 'f', 1)
                   .arg(app.costliestMs, 0, 'f', 1)
                   .arg(app.costliest);
    }
    out << QStringLiteral("RSS           %1 MB at start, %2 MB before scrolling, %3 MB after scrolling every row "
                          "(target <= 150 MB)\n")
               .arg(rssStart, 0, 'f', 1)
               .arg(rssBeforeScroll, 0, 'f', 1)
               .arg(rssAfter, 0, 'f', 1);
    const QJsonObject summary { { rooms ? QStringLiteral("rooms") : QStringLiteral("users"), total },
                                { QStringLiteral("page_size"), pageSize },
                                { QStringLiteral("first_rows_ms"), firstRows },
                                { QStringLiteral("first_rows_first_view_ms"), firstRowsCold },
                                { QStringLiteral("raw_page_ms"), rawFirst },
                                { QStringLiteral("ctrl_end_ms"), ctrlEnd },
                                { QStringLiteral("raw_last_page_ms"), rawLast },
                                { QStringLiteral("ctrl_end_requests"), ctrlEndRequests },
                                { QStringLiteral("scroll_s"), scrollSeconds },
                                { QStringLiteral("scroll_requests"), scrollRequests },
                                { QStringLiteral("longest_stall_ms"), longestStall },
                                { QStringLiteral("longest_stall_cpu_ms"), longestStallCpu },
                                { QStringLiteral("costliest_event_cpu_ms"), app.costliestMs },
                                { QStringLiteral("costliest_event"), app.costliest },
                                { QStringLiteral("rss_start_mb"), rssStart },
                                { QStringLiteral("rss_after_scroll_mb"), rssAfter } };
    out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
