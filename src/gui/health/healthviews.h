#pragma once

namespace Steward {

class MainWindow;

/// Adds the server-health pages to the window: Overview (replacing its "overview" placeholder, the
/// first navigation entry), Federation and Maintenance (background updates, scheduled tasks), and
/// wires the overview's links to the pages and F5 to the page shown.
void installHealthViews(MainWindow *window);

} // namespace Steward
