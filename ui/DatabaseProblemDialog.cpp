#include "DatabaseProblemDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

/* TRANSLATOR ClaimDesk::DatabaseProblemDialog */
namespace ClaimDesk::DatabaseProblemDialog {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ClaimDesk::DatabaseProblemDialog", s);
}

} // namespace

QString askForAnother(const QString& problem, QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, tr("ClaimDesk cannot open its database"), problem,
        QMessageBox::NoButton, parent);
    box.setInformativeText(
        tr("The file was not changed. Choose another database, create a new one, or quit."));
    QPushButton* open = box.addButton(tr("&Choose another file..."), QMessageBox::AcceptRole);
    QPushButton* create = box.addButton(tr("Create a &new database..."), QMessageBox::AcceptRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == open)
        return QFileDialog::getOpenFileName(parent, tr("Open a ClaimDesk database"), QString(),
            tr("ClaimDesk databases (*.sqlite *.db);;All files (*)"));
    if (box.clickedButton() == create)
        return QFileDialog::getSaveFileName(parent, tr("New ClaimDesk database"),
            QStringLiteral("claimdesk.sqlite"), tr("ClaimDesk databases (*.sqlite *.db)"));
    return {};
}

} // namespace ClaimDesk::DatabaseProblemDialog
