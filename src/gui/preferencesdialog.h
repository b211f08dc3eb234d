#pragma once

#include <QDialog>

#include <chrono>

class QSpinBox;

namespace Steward {

class ApiService;

/// File > Preferences: the network timeout (how long a silent server is waited for).
/// Stored in QSettings; applied to the session's ApiService when accepted and at start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(ApiService *api, QWidget *parent = nullptr);

    static constexpr int defaultTimeoutSeconds = 60;
    static constexpr int minimumTimeoutSeconds = 5;
    static constexpr int maximumTimeoutSeconds = 600;

    /// The stored timeout (the default when none or an out-of-range value is stored).
    static std::chrono::seconds networkTimeout();
    /// Applies the stored settings to api.
    static void applyTo(ApiService *api);

private:
    void save();

    ApiService *m_api;
    QSpinBox *m_timeout;
};

} // namespace Steward
