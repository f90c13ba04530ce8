<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_project.cpp" line="+65"/>
        <source>Created %1 with %n variant(s).</source>
        <translation>
            <numerusform>Created %1 with %n variant.</numerusform>
            <numerusform>Created %1 with %n variants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_exchange.cpp" line="+312"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+51"/>
        <location filename="../app/cli/cmd_project.cpp" line="-3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_project.cpp" line="+1"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_project.cpp" line="+1"/>
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_kpi.cpp" line="-17"/>
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_compare.cpp" line="+107"/>
        <source>No KPI weights are set: ranking with equal weights over the %n KPI(s) that every variant has and that have a better direction:</source>
        <translation>
            <numerusform>No KPI weights are set: ranking with equal weights over the %n KPI that every variant has and that has a better direction:</numerusform>
            <numerusform>No KPI weights are set: ranking with equal weights over the %n KPIs that every variant has and that have a better direction:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../app/document/commands/cmditemadd.cpp" line="+13"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/document/commands/cmdline.cpp" line="+96"/>
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>Add %n task</numerusform>
            <numerusform>Add %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineBalancer</name>
    <message numerus="yes">
        <location filename="../app/gui/line/linebalancer.cpp" line="+48"/>
        <source>No assignment to %n station(s) was found.</source>
        <translation>
            <numerusform>No assignment to %n station was found.</numerusform>
            <numerusform>No assignment to %n stations was found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../app/render/report/reportsections.cpp" line="+323"/>
        <source>No KPI weights are set in the project: every KPI that every variant has and that has a better direction counts once (%n KPI(s)). Set weights in the Compare workspace to rank by what matters to you.</source>
        <translation>
            <numerusform>No KPI weights are set in the project: every KPI that every variant has and that has a better direction counts once (%n KPI). Set weights in the Compare workspace to rank by what matters to you.</numerusform>
            <numerusform>No KPI weights are set in the project: every KPI that every variant has and that has a better direction counts once (%n KPIs). Set weights in the Compare workspace to rank by what matters to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/render/report/simulationsection.cpp" line="+55"/>
        <source>every %n operation(s), repair %1</source>
        <translation>
            <numerusform>every %n operation, repair %1</numerusform>
            <numerusform>every %n operations, repair %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>; %1: %n vehicle(s)</source>
        <translation>
            <numerusform>; %1: %n vehicle</numerusform>
            <numerusform>; %1: %n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>empirical (%n sample(s))</source>
        <translation>
            <numerusform>empirical (%n sample)</numerusform>
            <numerusform>empirical (%n samples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimStationCells</name>
    <message numerus="yes">
        <location filename="../app/gui/simulation/simstationcells.cpp" line="+96"/>
        <source>every %n part(s)</source>
        <translation>
            <numerusform>every %n part</numerusform>
            <numerusform>every %n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimTaskCells</name>
    <message numerus="yes">
        <location filename="../app/gui/simulation/simtaskcells.cpp" line="+145"/>
        <source>Empirical (%n sample(s))</source>
        <translation>
            <numerusform>Empirical (%n sample)</numerusform>
            <numerusform>Empirical (%n samples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/simulateoutput.cpp" line="+147"/>
        <source>%n replication(s) of %1 s after a warm-up of %2 s, seed %3</source>
        <translation>
            <numerusform>%n replication of %1 s after a warm-up of %2 s, seed %3</numerusform>
            <numerusform>%n replications of %1 s after a warm-up of %2 s, seed %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulationComparison</name>
    <message numerus="yes">
        <location filename="../core/compare/simulationcomparison.cpp" line="+109"/>
        <source>%n replication(s)</source>
        <translation>
            <numerusform>%n replication</numerusform>
            <numerusform>%n replications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::AnimationPage</name>
    <message numerus="yes">
        <location filename="../app/gui/simulation/animationpage.cpp" line="+138"/>
        <source>The recording stopped after %Ln events: the animation shows the first %1 (h:mm:ss) of the run; the results cover all of it.</source>
        <translation>
            <numerusform>The recording stopped after %Ln event: the animation shows the first %1 (h:mm:ss) of the run; the results cover all of it.</numerusform>
            <numerusform>The recording stopped after %Ln events: the animation shows the first %1 (h:mm:ss) of the run; the results cover all of it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::ArrangementResultDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/layout/arrangementdialogs.cpp" line="+159"/>
        <source>A better arrangement of %n item(s) was found.</source>
        <translation>
            <numerusform>A better arrangement of %n item was found.</numerusform>
            <numerusform>A better arrangement of %n items was found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::BalancePanel</name>
    <message numerus="yes">
        <location filename="../app/gui/line/balancepanel.cpp" line="+239"/>
        <source>lower bound %n station(s)</source>
        <translation>
            <numerusform>lower bound %n station</numerusform>
            <numerusform>lower bound %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n station(s), cycle time %1 s
%2, %3 (%4 s)</source>
        <translation>
            <numerusform>%n station, cycle time %1 s
%2, %3 (%4 s)</numerusform>
            <numerusform>%n stations, cycle time %1 s
%2, %3 (%4 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::BufferSizingDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/simulation/buffersizingdialog.cpp" line="+239"/>
        <source>Cancelled after %n evaluation(s).</source>
        <translation>
            <numerusform>Cancelled after %n evaluation.</numerusform>
            <numerusform>Cancelled after %n evaluations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Total %1 parts (%2 per gap) gives %3 parts/h (95 %: %4 – %5); %n allocation(s) simulated.</source>
        <translation>
            <numerusform>Total %1 parts (%2 per gap) gives %3 parts/h (95 %: %4 – %5); %n allocation simulated.</numerusform>
            <numerusform>Total %1 parts (%2 per gap) gives %3 parts/h (95 %: %4 – %5); %n allocations simulated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::CompareWorkspace</name>
    <message numerus="yes">
        <location filename="../app/gui/compare/compareworkspace.cpp" line="+216"/>
        <source>No KPI weights are set: ranked with equal weights over the %n KPI(s) that every variant has and that have a better direction</source>
        <translation>
            <numerusform>No KPI weights are set: ranked with equal weights over the %n KPI that every variant has and that has a better direction</numerusform>
            <numerusform>No KPI weights are set: ranked with equal weights over the %n KPIs that every variant has and that have a better direction</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::DataExchange</name>
    <message numerus="yes">
        <location filename="../app/gui/exchange/dataexchange.cpp" line="+262"/>
        <source>Import %n item(s) from %1</source>
        <translation>
            <numerusform>Import %n item from %1</numerusform>
            <numerusform>Import %n items from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::DxfItemsDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/exchange/dxfitemsdialog.cpp" line="+82"/>
        <source>%n open polyline(s) are not imported.</source>
        <translation>
            <numerusform>%n open polyline is not imported.</numerusform>
            <numerusform>%n open polylines are not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n outline(s) have arc segments; they are imported with straight edges.</source>
        <translation>
            <numerusform>%n outline has arc segments; it is imported with straight edges.</numerusform>
            <numerusform>%n outlines have arc segments; they are imported with straight edges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::FindingsDock</name>
    <message numerus="yes">
        <location filename="../app/gui/docks/findingsdock.cpp" line="+61"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::LayoutTasks</name>
    <message numerus="yes">
        <location filename="../app/gui/layout/layouttasks.cpp" line="+182"/>
        <source>Background plan loaded; %n entities skipped</source>
        <translation>
            <numerusform>Background plan loaded; %n entity skipped</numerusform>
            <numerusform>Background plan loaded; %n entities skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%1: flow distance %2 → %3 units·m, %n move(s)</source>
        <translation>
            <numerusform>%1: flow distance %2 → %3 units·m, %n move</numerusform>
            <numerusform>%1: flow distance %2 → %3 units·m, %n moves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="+281"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n flow(s) between items</source>
        <translation>
            <numerusform>%n flow between items</numerusform>
            <numerusform>%n flows between items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product routing(s)</source>
        <translation>
            <numerusform>%n product routing</numerusform>
            <numerusform>%n product routings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n direct flow(s)</source>
        <translation>
            <numerusform>%n direct flow</numerusform>
            <numerusform>%n direct flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::PropertiesDock</name>
    <message numerus="yes">
        <location filename="../app/gui/docks/propertiesdock.cpp" line="+148"/>
        <source>&lt;b&gt;%n items&lt;/b&gt;: edits apply to all</source>
        <translation>
            <numerusform>&lt;b&gt;%n item&lt;/b&gt;: edits apply to it</numerusform>
            <numerusform>&lt;b&gt;%n items&lt;/b&gt;: edits apply to all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimResultsPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/simulation/simresultspanel.cpp" line="+106"/>
        <source>%n replication(s) of %1 h each</source>
        <translation>
            <numerusform>%n replication of %1 h each</numerusform>
            <numerusform>%n replications of %1 h each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimTableModel</name>
    <message numerus="yes">
        <location filename="../app/gui/simulation/simtablemodel.cpp" line="+113"/>
        <source>The paste has %n row(s) from row %1, but the table ends at row %2.</source>
        <translation>
            <numerusform>The paste has %n row from row %1, but the table ends at row %2.</numerusform>
            <numerusform>The paste has %n rows from row %1, but the table ends at row %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::TaskTableWidget</name>
    <message numerus="yes">
        <location filename="../app/gui/line/tasktablewidget.cpp" line="+175"/>
        <source>Import %n task(s)</source>
        <translation>
            <numerusform>Import %n task</numerusform>
            <numerusform>Import %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::VariantsDock</name>
    <message numerus="yes">
        <location filename="../app/gui/docks/variantsdock.cpp" line="+69"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::view3d::PlantView3D</name>
    <message numerus="yes">
        <location filename="../app/view3d/plantview3d.cpp" line="+128"/>
        <source>Show item names above the items (on plants of more than %n items, of the selected items only)</source>
        <translation>
            <numerusform>Show item names above the items (on plants of more than %n item, of the selected items only)</numerusform>
            <numerusform>Show item names above the items (on plants of more than %n items, of the selected items only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+269"/>
        <source>%n model file(s) not shown</source>
        <translation>
            <numerusform>%n model file not shown</numerusform>
            <numerusform>%n model files not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::LineModelBuilder</name>
    <message numerus="yes">
        <location filename="../core/simulation/linemodelbuilder.cpp" line="+70"/>
        <source>%n task(s) not assigned to any station: %1</source>
        <translation>
            <numerusform>%n task not assigned to any station: %1</numerusform>
            <numerusform>%n tasks not assigned to any station: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
