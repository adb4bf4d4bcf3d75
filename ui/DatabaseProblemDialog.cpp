#include "DatabaseProblemDialog.h"

#include "UiTr.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ClaimDesk::DatabaseProblemDialog {

QString askForAnother(const QString& problem, QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, UiTr::tr("ClaimDesk cannot open its database"), problem,
        QMessageBox::NoButton, parent);
    box.setInformativeText(
        UiTr::tr("The file was not changed. Choose another database, create a new one, or quit."));
    QPushButton* open = box.addButton(UiTr::tr("&Choose another file..."), QMessageBox::AcceptRole);
    QPushButton* create
        = box.addButton(UiTr::tr("Create a &new database..."), QMessageBox::AcceptRole);
    box.addButton(UiTr::tr("&Quit"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == open)
        return QFileDialog::getOpenFileName(parent, UiTr::tr("Open a ClaimDesk database"),
            QString(), UiTr::tr("ClaimDesk databases (*.sqlite *.db);;All files (*)"));
    if (box.clickedButton() == create)
        return QFileDialog::getSaveFileName(parent, UiTr::tr("New ClaimDesk database"),
            QStringLiteral("claimdesk.sqlite"), UiTr::tr("ClaimDesk databases (*.sqlite *.db)"));
    return {};
}

} // namespace ClaimDesk::DatabaseProblemDialog
