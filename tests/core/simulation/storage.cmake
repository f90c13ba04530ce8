# SPDX-License-Identifier: GPL-3.0-or-later
# The project-to-engine model builder and the stored summary (included from CMakeLists.txt).
taktflow_add_test(NAME tst_linemodelbuilder SOURCES tst_linemodelbuilder.cpp projecttestlines.h LIBS Taktflow::Simulation)
taktflow_add_test(NAME tst_simsummary SOURCES tst_simsummary.cpp projecttestlines.h LIBS Taktflow::Simulation)
