// Input of the no_nested_event_loops_detects test: check-no-nested-loops.sh must reject this file.
#include <QFileDialog>

QString chooseFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent);
}
