#include "media/mediaview.h"

#include "health/healthapi.h"
#include "icons.h"
#include "mainwindow.h"
#include "media/medialistmodels.h"
#include "plural.h"
#include "rooms/roomdetailspanel.h"
#include "rooms/roomsview.h"
#include "serversession.h"
#include "tableviewsetup.h"
#include "users/userdetailspanel.h"
#include "users/usersview.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Steward {

namespace {
QPushButton *actionButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

QImage blurred(const QImage &image)
{
    const QSize small(qMax(1, image.width() / 16), qMax(1, image.height() / 16));
    return image.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}
} // namespace

MediaView::MediaView(ServerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stats(new MediaStatsModel(session->api(), this))
    , m_list(new MediaListModel(session->api(), QString(), this))
{
    setObjectName(QStringLiteral("mediaView"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);

    // --- the ranking and the largest rooms ---
    auto *top = new QSplitter(Qt::Horizontal, split);
    auto *rankBox = new QGroupBox(tr("Users by media size"), top);
    auto *rankLayout = new QVBoxLayout(rankBox);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(rankBox);
    m_search->setObjectName(QStringLiteral("mediaSearchEdit"));
    m_search->setPlaceholderText(tr("Search user ID or display name"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_fromCheck = new QCheckBox(tr("Uploaded from"), rankBox);
    m_fromCheck->setObjectName(QStringLiteral("mediaFromCheck"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), rankBox);
    m_from->setObjectName(QStringLiteral("mediaFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Uploaded from"));
    m_untilCheck = new QCheckBox(tr("until"), rankBox);
    m_untilCheck->setObjectName(QStringLiteral("mediaUntilCheck"));
    m_until = new QDateEdit(QDate::currentDate(), rankBox);
    m_until->setObjectName(QStringLiteral("mediaUntilDate"));
    m_until->setCalendarPopup(true);
    m_until->setAccessibleName(tr("Uploaded until"));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_untilCheck);
    filters->addWidget(m_until);
    rankLayout->addLayout(filters);
    m_statsTable = new QTableView(rankBox);
    m_statsTable->setObjectName(QStringLiteral("mediaStatsTable"));
    m_statsTable->setAccessibleName(tr("Users by media size"));
    m_statsTable->setModel(m_stats);
    m_statsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statsTable->setSortingEnabled(true);
    m_statsTable->horizontalHeader()->setSortIndicator(MediaStatsModel::SizeColumn, Qt::DescendingOrder);
    TableViews::setUp(m_statsTable);
    rankLayout->addWidget(m_statsTable, 1);
    m_statsStatus = new QLabel(rankBox);
    m_statsStatus->setObjectName(QStringLiteral("mediaStatsStatus"));
    rankLayout->addWidget(m_statsStatus);

    auto *roomsBox = new QGroupBox(tr("Largest rooms in the database"), top);
    auto *roomsLayout = new QVBoxLayout(roomsBox);
    m_rooms = TableViews::makeTree(roomsBox, "largestRoomsTree", tr("Largest rooms in the database"),
                                   { tr("Room ID"), tr("Estimated size") });
    roomsLayout->addWidget(m_rooms, 1);
    m_roomsStatus = new QLabel(roomsBox);
    m_roomsStatus->setObjectName(QStringLiteral("largestRoomsStatus"));
    m_roomsStatus->setWordWrap(true);
    roomsLayout->addWidget(m_roomsStatus);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    // --- one user's or room's files ---
    m_listBox = new QGroupBox(tr("Files"), split);
    auto *listLayout = new QVBoxLayout(m_listBox);
    auto *listRow = new QHBoxLayout;
    m_listTable = new QTableView(m_listBox);
    m_listTable->setObjectName(QStringLiteral("mediaListTable"));
    m_listTable->setAccessibleName(tr("Files"));
    m_listTable->setModel(m_list);
    m_listTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableViews::setUp(m_listTable);
    TableViews::setEmptyText(m_listTable,
                             tr("Double-click a user in the ranking, or use Media… in a user's or "
                                "room's details, to list their files here."));
    listRow->addWidget(m_listTable, 1);
    auto *previewColumn = new QVBoxLayout;
    m_previewCheck = new QCheckBox(tr("Show previews"), m_listBox);
    m_previewCheck->setObjectName(QStringLiteral("mediaPreviewCheck"));
    m_previewCheck->setToolTip(tr("Downloads a thumbnail of the selected file. Reported files can be abusive: the "
                                  "preview stays blurred until you click it."));
    m_preview = new QLabel(m_listBox);
    m_preview->setObjectName(QStringLiteral("mediaPreviewLabel"));
    m_preview->setFixedSize(240, 180);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setVisible(false);
    m_preview->installEventFilter(this);
    previewColumn->addWidget(m_previewCheck);
    previewColumn->addWidget(m_preview);
    previewColumn->addStretch(1);
    listRow->addLayout(previewColumn);
    listLayout->addLayout(listRow, 1);
    m_listStatus = new QLabel(m_listBox);
    m_listStatus->setObjectName(QStringLiteral("mediaListStatus"));
    listLayout->addWidget(m_listStatus);
    auto *buttons = new QHBoxLayout;
    m_quarantineButton = actionButton(tr("&Quarantine…"), "mediaQuarantineButton", m_listBox);
    m_unquarantineButton = actionButton(tr("U&nquarantine…"), "mediaUnquarantineButton", m_listBox);
    m_protectButton = actionButton(tr("&Protect…"), "mediaProtectButton", m_listBox);
    m_unprotectButton = actionButton(tr("Unp&rotect…"), "mediaUnprotectButton", m_listBox);
    m_deleteButton = actionButton(tr("&Delete…"), "mediaDeleteButton", m_listBox);
    m_quarantineAllButton = actionButton(tr("Quarantine &Everything…"), "mediaQuarantineAllButton", m_listBox);
    auto *purgeButton = actionButton(tr("Purge &Old Media…"), "mediaPurgeButton", m_listBox);
    purgeButton->setToolTip(tr("Delete local media nobody has accessed since a date (Tools menu)"));
    for (QPushButton *b : { m_quarantineButton, m_unquarantineButton, m_protectButton, m_unprotectButton }) {
        buttons->addWidget(b);
    }
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_quarantineAllButton);
    buttons->addWidget(purgeButton);
    listLayout->addLayout(buttons);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("mediaOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    // --- behaviour ---
    auto *filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(300);
    connect(filterTimer, &QTimer::timeout, this, &MediaView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    for (QCheckBox *c : { m_fromCheck, m_untilCheck }) {
        connect(c, &QCheckBox::toggled, this, &MediaView::applyFilter);
    }
    for (QDateEdit *d : { m_from, m_until }) {
        connect(d, &QDateEdit::dateChanged, this, &MediaView::applyFilter);
    }
    auto statsStatus = [this]() {
        if (m_stats->hasError()) {
            m_statsStatus->setText(tr("Loading failed: %1").arg(m_stats->lastError().describe()));
        } else if (m_stats->total() >= 0) {
            m_statsStatus->setText(
                plural(tr("%n user(s) with media", nullptr, int(m_stats->total())), m_stats->total()));
        } else {
            m_statsStatus->setText(m_stats->isLoading() ? tr("Loading…") : QString());
        }
    };
    connect(m_stats, &PagedListModel::statusChanged, this, statsStatus);
    // Until a user or room is picked, the list shows the files of the user on top of the ranking.
    connect(m_stats, &PagedListModel::rowsLoaded, this, [this](int first) {
        if (first == 0 && !m_list->isStarted() && m_stats->rowCount() > 0) {
            m_statsTable->selectRow(0);
            showUserMedia(m_stats->stats(0).userId);
        }
    });
    connect(m_list, &PagedListModel::statusChanged, this, [this]() {
        m_listStatus->setText(plural(m_list->statusText(), m_list->total()));
        TableViews::setEmptyText(m_listTable, m_list->total() == 0 ? tr("No files.") : QString());
        updateButtons();
    });
    connect(m_statsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString userId = m_stats->stats(index.row()).userId;
        if (!userId.isEmpty()) {
            showUserMedia(userId);
        }
    });
    connect(m_statsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString userId = m_stats->stats(index.row()).userId;
        if (!userId.isEmpty()) {
            showUserMedia(userId);
        }
    });
    connect(m_rooms, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showRoomMedia(item->text(0)); });
    connect(m_listTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateButtons();
        updatePreview();
    });
    connect(m_previewCheck, &QCheckBox::toggled, this, &MediaView::updatePreview);
    using A = MediaAction::Action;
    const QList<QPair<QPushButton *, A>> perFile { { m_quarantineButton, A::Quarantine },
                                                   { m_unquarantineButton, A::Unquarantine },
                                                   { m_protectButton, A::Protect },
                                                   { m_unprotectButton, A::Unprotect },
                                                   { m_deleteButton, A::Delete } };
    for (const auto &[button, action] : perFile) {
        connect(button, &QPushButton::clicked, this,
                [this, action = action]() { startAction(action, selectedMxcs(), false); });
    }
    connect(m_quarantineAllButton, &QPushButton::clicked, this, [this]() { startAction(A::Quarantine, {}, true); });
    connect(purgeButton, &QPushButton::clicked, this, [this]() {
        if (auto *window = qobject_cast<MainWindow *>(this->window())) {
            if (QAction *purge = window->toolsMenu()->findChild<QAction *>(QStringLiteral("actionMediaPurge"))) {
                purge->trigger();
            }
        }
    });
    updateButtons();
}

MediaView::~MediaView() = default;

QString MediaView::serverName() const
{
    return m_session->status().whoAmI.userId.section(QLatin1Char(':'), 1);
}

void MediaView::reload()
{
    applyFilter();
    m_stats->reload();
    loadLargestRooms();
    if (m_list->isStarted()) {
        m_list->reload();
    }
}

void MediaView::applyFilter()
{
    MediaStatsQuery q = m_stats->query();
    q.searchTerm = m_search->text().trimmed();
    q.fromTs = m_fromCheck->isChecked() ? m_from->date().startOfDay().toMSecsSinceEpoch() : 0;
    q.untilTs = m_untilCheck->isChecked() ? m_until->date().addDays(1).startOfDay().toMSecsSinceEpoch() : 0;
    if (q.untilTs > 0 && q.untilTs <= q.fromTs) {
        m_statsStatus->setText(tr("The end of the date range lies before its start."));
        return;
    }
    if (q != m_stats->query() || !m_stats->isStarted()) {
        m_stats->setQuery(q);
    }
}

void MediaView::loadLargestRooms()
{
    m_roomsStatus->setText(tr("Loading…"));
    HealthApi::largestRooms(m_session->api(), this, [this](const Result<QList<RoomSizeEstimate>> &rooms) {
        m_rooms->clear();
        if (!rooms.ok()) {
            m_roomsStatus->setText(
                tr("Not available: %1 (the server computes this on PostgreSQL only)").arg(rooms.error().describe()));
            return;
        }
        for (const RoomSizeEstimate &r : rooms.value()) {
            auto *item = new CollatedTreeItem(m_rooms, { r.roomId, QLocale().formattedDataSize(r.estimatedSize) });
            item->setData(1, CollatedTreeItem::SortRole, r.estimatedSize);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_roomsStatus->setText(rooms->isEmpty() ? tr("No rooms.")
                                                : tr("Double-click a room to list the files its messages point to."));
    });
}

void MediaView::showUserMedia(const QString &userId)
{
    m_list->setServerName(serverName());
    m_listBox->setTitle(tr("Files uploaded by %1").arg(userId));
    m_quarantineAllButton->setText(tr("Quarantine &Everything of This User…"));
    m_list->showUser(userId);
    updateButtons();
}

void MediaView::showRoomMedia(const QString &roomId)
{
    m_list->setServerName(serverName());
    m_listBox->setTitle(tr("Files in %1").arg(roomId));
    m_quarantineAllButton->setText(tr("Quarantine &Everything in This Room…"));
    m_list->showRoom(roomId);
    updateButtons();
}

QStringList MediaView::selectedMxcs() const
{
    QStringList out;
    for (const QModelIndex &index : m_listTable->selectionModel()->selectedRows()) {
        const MediaEntry e = m_list->entry(index.row());
        if (!e.media.mediaId.isEmpty()) {
            out << e.media.mxc();
        }
    }
    return out;
}

void MediaView::updateButtons()
{
    const bool busy = m_action && m_action->isRunning();
    const bool some = !selectedMxcs().isEmpty();
    for (QPushButton *b :
         { m_quarantineButton, m_unquarantineButton, m_protectButton, m_unprotectButton, m_deleteButton }) {
        b->setEnabled(some && !busy);
    }
    m_quarantineAllButton->setEnabled(!busy && m_list->isStarted());
}

void MediaView::startAction(MediaAction::Action action, const QStringList &mxcs, bool everything)
{
    if ((m_action && m_action->isRunning()) || m_dialog) {
        return;
    }
    if (m_action) {
        m_action->deleteLater();
    }
    m_action = new MediaAction(m_session->api(), serverName(), this);
    m_everything = everything;
    connect(m_action, &Operation::planReady, this, &MediaView::confirm);
    connect(m_action, &Operation::progressChanged, this, [this](const OperationProgress &p) {
        m_outcome->setText(p.phase.isEmpty() ? p.text() : tr("%1: %2").arg(p.phase, p.text()));
    });
    connect(m_action, &Operation::finished, this, &MediaView::showReport);
    m_outcome->setText(tr("Reading the files…"));
    updateButtons();
    if (!everything) {
        m_action->planFiles(action, mxcs);
    } else if (!m_list->userId().isEmpty()) {
        m_action->planUser(action, m_list->userId());
    } else {
        m_action->planRoom(action, m_list->roomId());
    }
}

void MediaView::confirm()
{
    MediaAction *op = m_action;
    if (!op->planError().isOk()) {
        m_outcome->setText(tr("Could not read the files: %1. Nothing was changed.").arg(op->planError().describe()));
        updateButtons();
        return;
    }
    const OperationTally t = op->tally();
    QStringList details;
    for (const MediaAction::Item &item : op->items()) {
        if (item.outcome.status == ItemStatus::Skipped || item.outcome.status == ItemStatus::NotAttempted) {
            details << tr("%1: %2").arg(item.input, item.outcome.reason);
        }
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("mediaConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(MediaAction::actionTitle(op->action()));
    if (!details.isEmpty()) {
        box->setDetailedText(details.join(QLatin1Char('\n')));
    }
    m_dialog = box;
    if (t.planned == 0) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("Nothing to do: %1.").arg(t.summary()));
        box->setStandardButtons(QMessageBox::Close);
        m_outcome->setText(tr("Nothing was changed."));
        updateButtons();
        box->open();
        return;
    }
    const QString scope = !m_everything ? tr("the selected files")
        : !m_list->userId().isEmpty()   ? tr("everything %1 uploaded").arg(m_list->userId())
                                        : tr("every file in %1").arg(m_list->roomId());
    box->setIcon(op->action() == MediaAction::Action::Delete ? QMessageBox::Warning : QMessageBox::Question);
    QString text = tr("%1 of %2?").arg(plural(op->previewSummary(), t.planned), scope);
    if (op->action() == MediaAction::Action::Delete) {
        text += QLatin1Char('\n') + tr("Deleted files are gone for good: they cannot be restored.");
    } else if (op->action() == MediaAction::Action::Quarantine) {
        text += QLatin1Char('\n') + tr("Quarantined files can no longer be downloaded from this server.");
    }
    box->setText(text);
    box->setStandardButtons(QMessageBox::Ok | QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Ok)->setText(MediaAction::actionTitle(op->action()));
    box->button(QMessageBox::Ok)->setObjectName(QStringLiteral("mediaConfirmButton"));
    connect(box, &QMessageBox::finished, this, [this, op](int result) {
        if (result == QMessageBox::Ok && op == m_action) {
            op->run();
        } else {
            m_outcome->setText(tr("Cancelled: nothing was changed."));
        }
        updateButtons();
    });
    box->open();
}

void MediaView::showReport()
{
    MediaAction *op = m_action;
    const OperationTally t = op->tally();
    m_outcome->setText(tr("%1: %2").arg(MediaAction::actionTitle(op->action()), t.summary()));
    QStringList lines;
    for (const MediaAction::Item &item : op->items()) {
        lines << tr("%1 — %2%3")
                     .arg(item.input, itemStatusTitle(item.outcome.status),
                          item.outcome.reason.isEmpty() ? QString() : tr(" (%1)").arg(item.outcome.reason));
    }
    auto *box = new QMessageBox(
        t.complete() ? QMessageBox::Information : QMessageBox::Warning, MediaAction::actionTitle(op->action()),
        tr("%1: %2").arg(MediaAction::actionTitle(op->action()), t.summary()), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("mediaReportBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->open();
    m_list->reload();
    m_stats->reload();
    updateButtons();
}

void MediaView::updatePreview()
{
    const QStringList selected = selectedMxcs();
    m_preview->setVisible(m_previewCheck->isChecked());
    if (!m_previewCheck->isChecked() || selected.size() != 1) {
        m_preview->setPixmap({});
        m_preview->setText(m_previewCheck->isChecked() ? tr("Select one file.") : QString());
        m_previewFor.clear();
        return;
    }
    if (selected.constFirst() == m_previewFor) {
        return;
    }
    m_previewFor = selected.constFirst();
    if (const auto ref = MediaApi::parseMxc(m_previewFor)) {
        loadThumbnail(*ref);
    }
}

void MediaView::loadThumbnail(const MediaRef &media)
{
    m_preview->setPixmap({});
    m_preview->setText(tr("Loading the preview…"));
    const quint64 generation = ++m_previewGeneration;
    // Authenticated media (the client API): a thumbnail the server scales down, never the file itself.
    QUrl url = m_session->api()->baseUrl();
    url.setPath(url.path()
                    + QStringLiteral("/_matrix/client/v1/media/thumbnail/%1/%2")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(media.server)),
                               QString::fromLatin1(QUrl::toPercentEncoding(media.mediaId))),
                QUrl::StrictMode);
    url.setQuery(QStringLiteral("width=320&height=240&method=scale"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_session->api()->accessToken().toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    auto *nam = new QNetworkAccessManager(m_preview);
    QNetworkReply *reply = nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, nam, generation]() {
        reply->deleteLater();
        nam->deleteLater();
        if (generation != m_previewGeneration) {
            return;
        }
        const QImage image = QImage::fromData(reply->read(8 * 1024 * 1024));
        if (reply->error() != QNetworkReply::NoError || image.isNull()) {
            m_preview->setText(reply->error() != QNetworkReply::NoError ? tr("No preview: %1").arg(reply->errorString())
                                                                        : tr("No preview for this file type."));
            return;
        }
        const QImage scaled = image.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_preview->setProperty("revealed", false);
        m_preview->setProperty("image", scaled);
        m_preview->setPixmap(QPixmap::fromImage(blurred(scaled)));
        m_preview->setToolTip(tr("Blurred: reported files can be abusive. Click to show it."));
    });
}

bool MediaView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_preview && event->type() == QEvent::MouseButtonRelease && !m_preview->property("revealed").toBool()
        && m_preview->property("image").isValid()) {
        m_preview->setProperty("revealed", true);
        m_preview->setPixmap(QPixmap::fromImage(m_preview->property("image").value<QImage>()));
        m_preview->setToolTip(QString());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void installMediaView(MainWindow *window)
{
    ServerSession *session = window->session();
    auto *view = new MediaView(session, window);
    QObject::connect(session, &ServerSession::stateChanged, view, [view](ServerSession::State state) {
        if (state == ServerSession::State::Connected) {
            view->reload();
        }
    });
    QObject::connect(window, &MainWindow::refreshRequested, view, [view]() {
        if (view->isVisible()) {
            view->reload();
        }
    });
    window->setPage(QStringLiteral("media"), MainWindow::tr("Media"), view);
    if (auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"))) {
        const QIcon icon = themedIcon("folder-pictures");
        navigation->item(navigation->count() - 1)->setIcon(icon);
        if (auto *show = window->findChild<QAction *>(QStringLiteral("actionShowView_media"))) {
            show->setIcon(icon);
        }
    }
    if (auto *users = qobject_cast<UsersView *>(window->page(QStringLiteral("users")))) {
        QObject::connect(users->detailsPanel(), &UserDetailsPanel::mediaRequested, view,
                         [window, view](const QString &userId) {
                             window->showPage(QStringLiteral("media"));
                             view->showUserMedia(userId);
                         });
    }
    if (auto *rooms = qobject_cast<RoomsView *>(window->page(QStringLiteral("rooms")))) {
        QObject::connect(rooms->detailsPanel(), &RoomDetailsPanel::mediaRequested, view,
                         [window, view](const QString &roomId) {
                             window->showPage(QStringLiteral("media"));
                             view->showRoomMedia(roomId);
                         });
    }
}

} // namespace Steward
