#pragma once

namespace Steward {
class MainWindow;
/// Puts the Users view into the main window and wires it to the session, F5 and bulk join.
void installUsersView(MainWindow *window);
} // namespace Steward
