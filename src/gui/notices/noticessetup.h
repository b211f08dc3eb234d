#pragma once

namespace Steward {

class MainWindow;

/// Adds the Tokens view (navigation), Tools > Send Server Notice… (all users or a file) and
/// "Send Server Notice…" to the Users view's selected-users menu.
void installNoticesAndTokens(MainWindow *window);

} // namespace Steward
