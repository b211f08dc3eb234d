#pragma once

namespace Steward {

/// Keyboard conventions for every window of the application, installed once (idempotent):
/// - Tab leaves an item view (table, tree, list) instead of walking its cells; the arrow keys
///   move inside it.
/// - When a dialog or wizard closes, the focus goes back to the widget of its main window that had
///   it before.
void installUiConventions();

} // namespace Steward
