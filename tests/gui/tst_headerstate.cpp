// Column widths, order and sort column of a view survive a restart, and the sort goes to the model
// (which sorts on the server) once the session is connected.
#include "guitest.h"
#include "headerstate.h"
#include "serversession.h"

#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Steward;

namespace {
/// Records the sort requests a server-side model would turn into a request.
class RecordingModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QList<QPair<int, Qt::SortOrder>> sorts;
    void sort(int column, Qt::SortOrder order) override { sorts.append({ column, order }); }
};
} // namespace

class TestHeaderState : public StewardTest::GuiTest
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void restoresWidthsAndSort()
    {
        QNetworkAccessManager nam;
        ServerSession session(&nam);
        {
            RecordingModel model(3, 4);
            QTableView view;
            view.setModel(&model);
            view.setSortingEnabled(true);
            rememberHeaderState(&view, QStringLiteral("test"), &session);
            view.horizontalHeader()->resizeSection(1, 222);
            view.sortByColumn(2, Qt::DescendingOrder);
        }
        RecordingModel model(3, 4);
        QTableView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        model.sorts.clear();
        rememberHeaderState(&view, QStringLiteral("test"), &session);
        QCOMPARE(view.horizontalHeader()->sectionSize(1), 222);
        QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), 2);
        QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(model.sorts.isEmpty()); // nothing is asked of a server before there is one
        Q_EMIT session.stateChanged(ServerSession::State::Connected);
        QVERIFY(!model.sorts.isEmpty());
        QCOMPARE(model.sorts.last(), qMakePair(2, Qt::DescendingOrder));
    }
};

QTEST_MAIN(TestHeaderState)
#include "tst_headerstate.moc"
