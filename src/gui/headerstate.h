#pragma once

#include <QString>

class QHeaderView;
class QTableView;

namespace Steward {
class ServerSession;
}

namespace Steward {

/// Remembers a table's column widths, order, hidden columns and sort column per view (QSettings
/// key "Views/<key>"): restores them now, re-sorts on the server through the model once the
/// session is connected, and saves every change.
void rememberHeaderState(QTableView *view, const QString &key, ServerSession *session);
/// The same for a header whose model sorts locally (or not at all): nothing to ask a server.
/// Returns whether a remembered state was restored.
bool rememberHeaderState(QHeaderView *header, const QString &key);
/// Saves now (e.g. after the column chooser hid a column); does nothing for a header that is not
/// remembered.
void saveHeaderState(QHeaderView *header);
/// Whether the header's state came from the settings (then its widths are the user's, not fitted).
bool headerStateRestored(const QHeaderView *header);

} // namespace Steward
