#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QItemSelectionModel;

namespace Steward {

class PagedListModel;

/// Keeps a view's selection across PagedListModel::reload() and resets (sort, search): it notes the
/// ids of the selected rows and of the current row before, and selects the rows with those ids
/// again as their pages arrive. A selection the user makes meanwhile ends it.
class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    /// The selection model's model must be `model`.
    SelectionKeeper(PagedListModel *model, QItemSelectionModel *selection, QObject *parent = nullptr);

    /// The ids still waiting for their rows to arrive.
    QSet<QString> pendingIds() const { return m_ids; }

private:
    void remember();
    void apply(int first, int last);

    PagedListModel *m_model;
    QPointer<QItemSelectionModel> m_selection;
    QSet<QString> m_ids;
    QString m_current;
    bool m_active = false;
    bool m_applying = false;
};

} // namespace Steward
