# SPDX-License-Identifier: GPL-3.0-or-later
# The proofs that the simulation's numbers are right: each test checks the engine against a
# formula derived by hand in its comments (queueing theory, birth-death chains, renewal
# arguments, exact deterministic cycles) and the experiment layer's statistics.
# Their shared checks (Little's law, shares, buffer bounds on every run) are one library.
add_library(taktflow_simproofs_support STATIC simproofs_support.cpp simproofs_support.h)
target_link_libraries(taktflow_simproofs_support PUBLIC Taktflow::Simulation Qt6::Test PRIVATE taktflow_warnings)
foreach(proof queues lines failures distributions experiments)
    taktflow_add_test(NAME tst_simproofs_${proof} SOURCES tst_simproofs_${proof}.cpp
        LIBS taktflow_simproofs_support)
endforeach()
