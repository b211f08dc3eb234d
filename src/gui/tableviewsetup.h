#pragma once

#include <QString>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QTreeWidgetItem>

class QAbstractItemView;
class QLabel;
class QTableView;
class QTreeView;
class QWidget;

namespace Steward {

/// One look and behaviour for every table and list in Steward: one row height, columns fitted to
/// their content, a column chooser in the header's context menu (remembered with headerstate),
/// an optional frozen ID column that stays visible when scrolling sideways, an empty-state message
/// over the viewport, and the locale's collation for local sorting.
namespace TableViews {

struct Options
{
    /// Logical column kept at the left edge and visible when scrolling sideways (-1: none). It
    /// cannot be hidden or moved away from the left.
    int frozenColumn = -1;
    /// objectName of the empty-state label (default: the view's objectName + "EmptyLabel").
    QString emptyLabelName;
    /// Fit the columns to the first rows that arrive (unless remembered widths were restored).
    bool fitToContents = true;
};

void setUp(QTableView *view, const Options &options = {});
void setUp(QTreeView *view, const Options &options = {});

/// The one row height of every view (one line of text plus padding).
int rowHeight(const QWidget *view);

/// The delegate setUp() gives every view: each row as high as rowHeight(), so trees and tables look
/// alike whatever their content. A view that draws its cells differently derives from it.
class RowHeightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
/// Shows text centred over the view's viewport (empty: hides it), e.g. "No rooms".
void setEmptyText(QAbstractItemView *view, const QString &text);
QLabel *emptyLabel(const QAbstractItemView *view);
/// Moves the frozen column back to the left edge (after a remembered column order was restored).
void keepFrozenColumnFirst(QTableView *view);
/// The frozen overlay of a table (tests; nullptr when it has none).
QTableView *frozenView(const QTableView *view);

/// Compares two strings the way the user's locale sorts them (numbers by value).
bool collatedLess(const QString &a, const QString &b);

/// A read-only QTreeWidget set up like every other view (objectName, accessible name, headers,
/// no root decoration).
QTreeWidget *makeTree(QWidget *parent, const char *name, const QString &accessibleName, const QStringList &headers);
/// A server field Steward has no words for yet, still in plain words:
/// "joined_local_devices" -> "Joined local devices", "consent_ts" -> "Consent time".
QString humanise(const QString &key);

} // namespace TableViews

/// A tree item that sorts by the locale's collation, and by SortRole's number when both items have one.
class CollatedTreeItem : public QTreeWidgetItem
{
public:
    static constexpr int SortRole = Qt::UserRole + 64;
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override;
};

} // namespace Steward
