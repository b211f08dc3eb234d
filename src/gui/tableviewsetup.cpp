#include "tableviewsetup.h"

#include "headerstate.h"

#include <QAction>
#include <QCollator>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

namespace Steward {

namespace {

const char *const frozenProperty = "stewardFrozenColumn";
const char *const fittedProperty = "stewardColumnsFitted";

/// Keeps the empty-state label over the whole viewport.
class ViewportFollower : public QObject
{
public:
    ViewportFollower(QLabel *label, QWidget *viewport)
        : QObject(label)
        , m_label(label)
    {
        viewport->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            m_label->setGeometry(static_cast<QWidget *>(watched)->rect());
        }
        return false;
    }

private:
    QLabel *m_label;
};

/// A second table over the first one's left edge that shows only the frozen column; it shares the
/// model, the selection and the vertical scroll position (the pattern of Qt's frozen-column example).
class FrozenColumn : public QObject
{
public:
    FrozenColumn(QTableView *view, int column)
        : QObject(view)
        , m_view(view)
        , m_column(column)
        , m_frozen(new QTableView(view))
    {
        m_frozen->setObjectName(view->objectName() + QStringLiteral("Frozen"));
        m_frozen->setAccessibleName(view->accessibleName()); // a visual aid: the main table stays the one to use
        m_frozen->setFocusPolicy(Qt::NoFocus);
        m_frozen->verticalHeader()->hide();
        m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setVerticalScrollMode(view->verticalScrollMode());
        m_frozen->setSelectionBehavior(view->selectionBehavior());
        m_frozen->setSelectionMode(view->selectionMode());
        m_frozen->setWordWrap(view->wordWrap());
        m_frozen->setTextElideMode(view->textElideMode());
        m_frozen->setAlternatingRowColors(view->alternatingRowColors());
        m_frozen->setItemDelegate(new TableViews::RowHeightDelegate(m_frozen));
        m_frozen->verticalHeader()->setDefaultSectionSize(TableViews::rowHeight(view));
        m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; }"));
        m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
        view->viewport()->stackUnder(m_frozen);
        view->viewport()->installEventFilter(this);
        view->installEventFilter(this);

        QHeaderView *header = view->horizontalHeader();
        connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
            if (logical == m_column) {
                m_frozen->setColumnWidth(m_column, size);
                place();
            }
        });
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
            m_frozen->horizontalHeader()->setSortIndicator(section, order);
        });
        connect(header, &QHeaderView::sectionMoved, this, [this]() { TableViews::keepFrozenColumnFirst(m_view); });
        connect(header, &QHeaderView::geometriesChanged, this, &FrozenColumn::place);
        connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
            if (!m_view->isSortingEnabled()) {
                return;
            }
            QHeaderView *h = m_view->horizontalHeader();
            const bool same = h->sortIndicatorSection() == section;
            h->setSortIndicator(section,
                                same && h->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                      : Qt::AscendingOrder);
        });
        connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, view->verticalScrollBar(),
                &QAbstractSlider::setValue);
        connect(view->verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
                &QAbstractSlider::setValue);
        // What happens on the overlay happens on the table.
        connect(m_frozen, &QAbstractItemView::activated, view, &QAbstractItemView::activated);
        connect(m_frozen, &QAbstractItemView::doubleClicked, view, &QAbstractItemView::doubleClicked);
        connect(m_frozen, &QAbstractItemView::clicked, view, [this](const QModelIndex &index) {
            m_view->setCurrentIndex(index);
            m_view->setFocus(Qt::MouseFocusReason);
        });
        connect(m_frozen, &QWidget::customContextMenuRequested, view, [this](const QPoint &pos) {
            if (m_view->contextMenuPolicy() == Qt::CustomContextMenu) {
                Q_EMIT m_view->customContextMenuRequested(
                    m_view->viewport()->mapFromGlobal(m_frozen->viewport()->mapToGlobal(pos)));
            }
        });
        sync();
    }

    QTableView *frozen() const { return m_frozen; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport() && event->type() == QEvent::Paint && changed()) {
            // The view's model was set or replaced (there is no signal for that): follow it, after the paint.
            QMetaObject::invokeMethod(this, &FrozenColumn::sync, Qt::QueuedConnection);
        } else if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
            place();
        }
        return false;
    }

private:
    bool changed() const
    {
        QAbstractItemModel *model = m_view->model();
        return m_frozen->model() != model || (model && m_frozen->selectionModel() != m_view->selectionModel())
            || (model && m_columns != model->columnCount());
    }

    void sync()
    {
        QAbstractItemModel *model = m_view->model();
        if (m_frozen->model() != model) {
            m_frozen->setModel(model);
            m_frozen->setSortingEnabled(false);
            m_frozen->horizontalHeader()->setSortIndicatorShown(m_view->isSortingEnabled());
        }
        if (model && m_frozen->selectionModel() != m_view->selectionModel()) {
            QItemSelectionModel *own = m_frozen->selectionModel();
            m_frozen->setSelectionModel(m_view->selectionModel());
            if (own && own != m_view->selectionModel()) {
                own->deleteLater();
            }
        }
        m_frozen->setVisible(model != nullptr);
        if (!model) {
            return;
        }
        m_columns = model->columnCount();
        TableViews::keepFrozenColumnFirst(m_view);
        for (int c = 0; c < m_columns; ++c) {
            m_frozen->setColumnHidden(c, c != m_column);
        }
        m_frozen->setColumnWidth(m_column, m_view->columnWidth(m_column));
        m_frozen->horizontalHeader()->setSortIndicator(m_view->horizontalHeader()->sortIndicatorSection(),
                                                       m_view->horizontalHeader()->sortIndicatorOrder());
        m_frozen->horizontalHeader()->setFixedHeight(m_view->horizontalHeader()->height());
        place();
    }

    void place()
    {
        const int x =
            m_view->frameWidth() + (m_view->verticalHeader()->isHidden() ? 0 : m_view->verticalHeader()->width());
        m_frozen->horizontalHeader()->setFixedHeight(m_view->horizontalHeader()->height());
        m_frozen->setGeometry(x, m_view->frameWidth(), m_view->columnWidth(m_column),
                              m_view->viewport()->height() + m_view->horizontalHeader()->height());
        m_frozen->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value());
    }

    QTableView *m_view;
    int m_column;
    QTableView *m_frozen;
    int m_columns = -1;
};

/// The header's context menu: one checkable entry per column (the frozen one cannot be hidden).
void installColumnChooser(QHeaderView *header, QHeaderView *alsoFrom = nullptr)
{
    auto show = [header](const QPoint &globalPos) {
        QAbstractItemModel *model = header->model();
        if (!model) {
            return;
        }
        auto *menu = new QMenu(header);
        menu->setObjectName(QStringLiteral("columnChooserMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setTitle(QHeaderView::tr("Columns"));
        const int frozen = header->property(frozenProperty).isValid() ? header->property(frozenProperty).toInt() : -1;
        int visible = 0;
        for (int c = 0; c < header->count(); ++c) {
            visible += header->isSectionHidden(c) ? 0 : 1;
        }
        for (int v = 0; v < header->count(); ++v) {
            const int c = header->logicalIndex(v);
            QAction *a = menu->addAction(model->headerData(c, header->orientation()).toString());
            a->setObjectName(QStringLiteral("columnChooserAction%1").arg(c));
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            // The frozen ID column and the last visible column stay: a table without them is useless.
            a->setEnabled(c != frozen && !(visible == 1 && a->isChecked()));
            QObject::connect(a, &QAction::toggled, header, [header, c](bool on) {
                header->setSectionHidden(c, !on);
                if (on && header->sectionSize(c) < header->minimumSectionSize() * 2) {
                    header->resizeSection(c, header->defaultSectionSize());
                }
                saveHeaderState(header);
            });
        }
        menu->popup(globalPos);
    };
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header,
                     [header, show](const QPoint &pos) { show(header->viewport()->mapToGlobal(pos)); });
    if (alsoFrom) {
        alsoFrom->setContextMenuPolicy(Qt::CustomContextMenu);
        QObject::connect(alsoFrom, &QWidget::customContextMenuRequested, header,
                         [alsoFrom, show](const QPoint &pos) { show(alsoFrom->viewport()->mapToGlobal(pos)); });
    }
}

/// Fits the columns to the rows that are there, once per model reset, unless the user's widths
/// were restored; no column wider than about half a screen line of text.
void fitColumnsOnce(QAbstractItemView *view, QHeaderView *header, std::function<void()> fit)
{
    auto tryFit = [view, header, fit]() {
        if (header->property(fittedProperty).toBool() || headerStateRestored(header) || !view->model()
            || view->model()->rowCount() == 0) {
            return;
        }
        header->setProperty(fittedProperty, true);
        fit();
        const int cap = view->fontMetrics().averageCharWidth() * 48;
        for (int c = 0; c < header->count(); ++c) {
            if (header->sectionSize(c) > cap) {
                header->resizeSection(c, cap);
            }
        }
    };
    // The model can be set or replaced later: check on every layout of the viewport.
    struct Watcher : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint) {
                QMetaObject::invokeMethod(this, onPaint, Qt::QueuedConnection); // not while painting
            }
            return false;
        }
    };
    auto *watcher = new Watcher;
    watcher->setParent(view);
    watcher->onPaint = tryFit;
    view->viewport()->installEventFilter(watcher);
}

void common(QAbstractItemView *view, const TableViews::Options &options)
{
    view->setItemDelegate(new TableViews::RowHeightDelegate(view));
    view->setTextElideMode(Qt::ElideMiddle);
    auto *label = new QLabel(view->viewport());
    label->setObjectName(options.emptyLabelName.isEmpty() ? view->objectName() + QStringLiteral("EmptyLabel")
                                                          : options.emptyLabelName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // drawn greyed out, like a placeholder text
    label->setMargin(12);
    label->setGeometry(view->viewport()->rect());
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->hide();
    view->setProperty("stewardEmptyLabel", QVariant::fromValue(static_cast<QObject *>(label)));
    new ViewportFollower(label, view->viewport());
}

QCollator &collator()
{
    static thread_local QCollator c = []() {
        QCollator col;
        col.setNumericMode(true);
        col.setCaseSensitivity(Qt::CaseInsensitive);
        return col;
    }();
    return c;
}

} // namespace

QSize TableViews::RowHeightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(rowHeight(option.widget));
    return s;
}

int TableViews::rowHeight(const QWidget *view)
{
    return (view ? view->fontMetrics() : QFontMetrics(QFont())).height() + 10;
}

void TableViews::setUp(QTableView *view, const Options &options)
{
    common(view, options);
    view->setWordWrap(false);
    view->verticalHeader()->hide(); // row numbers of a paged server list mean nothing
    view->verticalHeader()->setDefaultSectionSize(rowHeight(view));
    view->verticalHeader()->setMinimumSectionSize(rowHeight(view));
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setTextElideMode(Qt::ElideRight);
    header->setResizeContentsPrecision(200); // fit to what a screenful shows, not to a million rows
    header->setHighlightSections(false);
    QHeaderView *frozenHeader = nullptr;
    if (options.frozenColumn >= 0) {
        header->setProperty(frozenProperty, options.frozenColumn);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        auto *frozen = new FrozenColumn(view, options.frozenColumn);
        view->setProperty("stewardFrozenView", QVariant::fromValue(static_cast<QObject *>(frozen->frozen())));
        frozenHeader = frozen->frozen()->horizontalHeader();
    }
    installColumnChooser(header, frozenHeader);
    if (options.fitToContents) {
        fitColumnsOnce(view, header, [view]() {
            view->resizeColumnsToContents();
            keepFrozenColumnFirst(view);
        });
        QObject::connect(view->horizontalHeader(), &QHeaderView::sectionCountChanged, view,
                         [header]() { header->setProperty(fittedProperty, false); });
    }
}

void TableViews::setUp(QTreeView *view, const Options &options)
{
    common(view, options);
    view->setWordWrap(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setResizeContentsPrecision(200);
    view->header()->setStretchLastSection(true);
    installColumnChooser(view->header());
    if (options.fitToContents) {
        fitColumnsOnce(view, view->header(), [view]() {
            for (int c = 0; c + 1 < view->header()->count(); ++c) {
                view->resizeColumnToContents(c);
            }
        });
    }
}

QLabel *TableViews::emptyLabel(const QAbstractItemView *view)
{
    return qobject_cast<QLabel *>(view->property("stewardEmptyLabel").value<QObject *>());
}

void TableViews::setEmptyText(QAbstractItemView *view, const QString &text)
{
    if (QLabel *label = emptyLabel(view)) {
        label->setText(text);
        label->setGeometry(view->viewport()->rect());
        label->setVisible(!text.isEmpty());
    }
}

void TableViews::keepFrozenColumnFirst(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const QVariant frozen = header->property(frozenProperty);
    if (!frozen.isValid()) {
        return;
    }
    const int column = frozen.toInt();
    if (column < header->count()) {
        header->setSectionHidden(column, false);
        if (header->visualIndex(column) != 0) {
            header->moveSection(header->visualIndex(column), 0);
        }
    }
}

QTableView *TableViews::frozenView(const QTableView *view)
{
    return qobject_cast<QTableView *>(view->property("stewardFrozenView").value<QObject *>());
}

bool TableViews::collatedLess(const QString &a, const QString &b)
{
    return collator().compare(a, b) < 0;
}

QTreeWidget *TableViews::makeTree(QWidget *parent, const char *name, const QString &accessibleName,
                                  const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    setUp(tree);
    return tree;
}

QString TableViews::humanise(const QString &key)
{
    QString s = key;
    if (s.endsWith(QLatin1String("_ts"))) {
        s = s.chopped(3) + QLatin1String("_time"); // Synapse's timestamps
    }
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty()) {
        s[0] = s.at(0).toUpper();
    }
    return s;
}

bool CollatedTreeItem::operator<(const QTreeWidgetItem &other) const
{
    const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
    const QVariant mine = data(column, SortRole);
    const QVariant theirs = other.data(column, SortRole);
    if (mine.isValid() && theirs.isValid()) {
        return mine.toLongLong() < theirs.toLongLong();
    }
    return TableViews::collatedLess(text(column), other.text(column));
}

} // namespace Steward
