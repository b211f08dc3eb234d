#pragma once

#include <QString>

class QTableView;

namespace Steward {
class ServerSession;
}

namespace Steward {

/// Remembers a table's column widths, order and sort column per view (QSettings key "Views/<key>"):
/// restores them now, re-sorts on the server through the model once the session is connected, and
/// saves every change.
void rememberHeaderState(QTableView *view, const QString &key, ServerSession *session);

} // namespace Steward
