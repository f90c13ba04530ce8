<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionTips</name>
    <message>
        <location filename="../app/gui/actiontips.cpp" line="+18"/>
        <source>Start a new, empty project</source>
        <translation>新建一个空项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .taktflow project file</source>
        <translation>打开 .taktflow 项目文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project to its file</source>
        <translation>将项目保存到其文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project to a new file</source>
        <translation>将项目另存为新文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a DXF drawing or an image under the layout as a background plan</source>
        <translation>在布局下方显示 DXF 图纸或图像作为背景图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read tasks from a CSV file into the current variant&apos;s first line, mapping its columns</source>
        <translation>从 CSV 文件将作业读入当前方案的第一条生产线，并映射其列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read layout items from a CSV file into the current variant, mapping its columns</source>
        <translation>从 CSV 文件将布局对象读入当前方案，并映射其列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read material flows from a CSV file into the current variant, mapping its columns</source>
        <translation>从 CSV 文件将物流读入当前方案，并映射其列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add closed polylines of chosen DXF layers as layout items</source>
        <translation>将所选 DXF 图层的闭合多段线添加为布局对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current variant&apos;s tasks to a CSV file</source>
        <translation>将当前方案的作业写入 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current variant&apos;s layout items to a CSV file</source>
        <translation>将当前方案的布局对象写入 CSV 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the current variant&apos;s material flows to a CSV file</source>
        <translation>将当前方案的物流写入 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the whole project as JSON for other tools</source>
        <translation>将整个项目写为 JSON，供其他工具使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the visible part of the layout as PNG, SVG or PDF</source>
        <translation>将布局的可见部分保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole floor of the current variant as a drawing</source>
        <translation>将当前方案的整个车间平面保存为图纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the layout view</source>
        <translation>打印布局视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current variant&apos;s layout as a DXF drawing for CAD</source>
        <translation>将当前方案的布局保存为 DXF 图纸，供 CAD 使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and print the report of the current variant</source>
        <translation>显示并打印当前方案的报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and print the report comparing all variants</source>
        <translation>显示并打印所有方案的对比报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report of the current variant as PDF</source>
        <translation>将当前方案的报告写为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report of all variants as PDF</source>
        <translation>将所有方案的报告写为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often unsaved changes are written to a recovery file beside the project</source>
        <translation>未保存的更改多久写入一次项目旁的恢复文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Taktflow</source>
        <translation>关闭 Taktflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do the change taken back again</source>
        <translation>重做已撤销的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected items to the clipboard and remove them</source>
        <translation>将所选对象复制到剪贴板并删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected items to the clipboard</source>
        <translation>将所选对象复制到剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste items from the clipboard (spreadsheet rows into the Items table)</source>
        <translation>从剪贴板粘贴对象（电子表格行粘贴到“对象”表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected items</source>
        <translation>删除所选对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of Taktflow</source>
        <translation>选择 Taktflow 的界面语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every item of the current variant</source>
        <translation>选择当前方案的所有对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the layout larger</source>
        <translation>放大布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more of the layout</source>
        <translation>缩小以显示更多布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom so the whole layout fits the view</source>
        <translation>缩放使整个布局适合视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the metre grid</source>
        <translation>显示或隐藏米制网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the background plan behind the items, also in exported drawings and reports</source>
        <translation>在对象后方显示背景图，导出的图纸和报告中也显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show material flows as arrows as thick as their volume</source>
        <translation>以箭头显示物流，箭头粗细对应流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the bottleneck station of each line&apos;s last simulation run on the floor</source>
        <translation>在车间平面上标出每条生产线最近一次仿真的瓶颈工位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour items by their automation level instead of their type</source>
        <translation>按自动化程度而非类型为对象着色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved items snap to the grid</source>
        <translation>移动的对象吸附到网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved items snap to other items&apos; edges</source>
        <translation>移动的对象吸附到其他对象的边缘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected items 15° counter-clockwise</source>
        <translation>将所选对象逆时针旋转 15°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the selected items 15° clockwise</source>
        <translation>将所选对象顺时针旋转 15°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their left edges</source>
        <translation>将所选对象按左边缘对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their horizontal centres</source>
        <translation>将所选对象按水平中心对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their right edges</source>
        <translation>将所选对象按右边缘对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their top edges</source>
        <translation>将所选对象按上边缘对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their vertical centres</source>
        <translation>将所选对象按垂直中心对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line the selected items up on their bottom edges</source>
        <translation>将所选对象按下边缘对齐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space three or more selected items evenly from left to right</source>
        <translation>将三个或更多所选对象从左到右均匀分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space three or more selected items evenly from bottom to top</source>
        <translation>将三个或更多所选对象从下到上均匀分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shorten the heaviest flows by moving items; the result is a new variant</source>
        <translation>通过移动对象缩短流量最大的物流；结果生成一个新方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search which movable item goes to which place for the lowest flow cost, in the background</source>
        <translation>在后台搜索各可移动对象的最佳位置分配，使物流成本最低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale the background plan by picking two points a known distance apart</source>
        <translation>拾取两个已知距离的点来缩放背景图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the background plan from moving when you drag on the floor</source>
        <translation>在地面上拖动时保持背景图不动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the background plan fainter or stronger</source>
        <translation>让背景图更淡或更浓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the background plan</source>
        <translation>移除背景图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the user guide: every workspace step by step</source>
        <translation>阅读用户指南：逐步介绍每个工作区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every keyboard shortcut</source>
        <translation>列出所有键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and purpose of Taktflow</source>
        <translation>Taktflow 的版本和用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and licence of the Qt toolkit</source>
        <translation>Qt 工具包的版本和许可证</translation>
    </message>
</context>
<context>
    <name>AnimationGeometry</name>
    <message>
        <location filename="../app/render/animation/animationgeometry.cpp" line="+78"/>
        <source>Station %1</source>
        <translation>工位 %1</translation>
    </message>
</context>
<context>
    <name>AnimationRenderer</name>
    <message>
        <location filename="../app/render/animation/animationrenderer.cpp" line="+78"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer content</source>
        <translation>缓冲区存量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>工件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transporter</source>
        <translation>搬运工具</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Stations without a layout item</source>
        <translation>没有布局对象的工位</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Simulated time %1 (h:mm:ss)</source>
        <translation>仿真时间 %1（h:mm:ss）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warm-up</source>
        <translation>预热期</translation>
    </message>
</context>
<context>
    <name>ArrangementResultDialog</name>
    <message>
        <location filename="../app/gui/layout/arrangementdialogs.cpp" line="+145"/>
        <source> (%1%2 %)</source>
        <translation>（%1%2 %）</translation>
    </message>
</context>
<context>
    <name>BackgroundImport</name>
    <message>
        <location filename="../app/io/backgroundimport.cpp" line="+132"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is too large for a background plan (%2 MiB at most)</source>
        <translation>%1 过大，无法用作背景图（最大 %2 MiB）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not an ASCII DXF drawing</source>
        <translation>%1 不是 ASCII 格式的 DXF 图纸</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged and could not be read</source>
        <translation>%1 已损坏，无法读取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no lines, polylines, circles or arcs to show</source>
        <translation>%1 中没有可显示的直线、多段线、圆或圆弧</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a PNG, JPEG, BMP or TIFF image</source>
        <translation>%1 不是 PNG、JPEG、BMP 或 TIFF 图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large (%2 x %3 pixels)</source>
        <translation>%1 过大（%2 × %3 像素）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <location filename="../core/balance/heuristics.cpp" line="+16"/>
        <source>the heuristic found no assignment that meets every constraint</source>
        <translation>启发式算法未找到满足全部约束的分配方案</translation>
    </message>
    <message>
        <location filename="../core/balance/engine/preparedproblem.cpp" line="+342"/>
        <source>the cycle time must be positive</source>
        <translation>周期时间必须为正数</translation>
    </message>
    <message>
        <location filename="../core/balance/lineproblem.cpp" line="+16"/>
        <source>line &quot;%1&quot;: %2</source>
        <translation>生产线“%1”：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>task id &quot;%1&quot; is used twice</source>
        <translation>作业编号“%1”被重复使用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task &quot;%1&quot; follows the unknown task &quot;%2&quot;</source>
        <translation>作业“%1”的前序作业“%2”不存在</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a zoning rule names the unknown task &quot;%1&quot;</source>
        <translation>分区规则引用了不存在的作业“%1”</translation>
    </message>
    <message>
        <location filename="../core/balance/engine/preparedproblem.cpp" line="-310"/>
        <source>task %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the line has no tasks</source>
        <translation>该生产线没有作业</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>station kinds are given without a time per task and kind</source>
        <translation>指定了工位类型，但未给出每个作业在各类型下的时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every task needs one time per station kind</source>
        <translation>每个作业都需要为每种工位类型给出一个时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has a negative time</source>
        <translation>%1 的时间为负数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a precedence relation names a task that does not exist</source>
        <translation>某条优先关系引用了不存在的作业</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+87"/>
        <source>a zoning rule names a task that does not exist</source>
        <translation>某条分区规则引用了不存在的作业</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>the precedence relations form a cycle</source>
        <translation>优先关系中存在循环</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tasks that must share a station have another task between them in the precedence graph</source>
        <translation>必须共用一个工位的作业在优先关系图中被其他作业隔开</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 cannot be done at any station kind (together with the tasks it must share a station with)</source>
        <translation>%1 无法在任何类型的工位上完成（连同必须与其共用工位的作业）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 must share a station and must not</source>
        <translation>%1 和 %2 既必须共用工位，又不得共用工位</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is fixed to station %2 but must share a station with a task fixed to station %3</source>
        <translation>%1 固定在工位 %2，但必须与固定在工位 %3 的作业共用工位</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (time %2) is longer than the cycle time %3 and parallel stations are off</source>
        <translation>%1（时间 %2）超过周期时间 %3，且未启用并行工位</translation>
    </message>
    <message>
        <location filename="../core/balance/salbp1.cpp" line="+130"/>
        <location filename="../core/balance/salbp2.cpp" line="+280"/>
        <source>no assignment that meets every constraint was found within the time limit</source>
        <translation>在时间限制内未找到满足全部约束的分配方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/balance/salbp2.cpp" line="+2"/>
        <source>no assignment meets every constraint</source>
        <translation>没有满足全部约束的分配方案</translation>
    </message>
    <message>
        <location filename="../core/balance/salbp2.cpp" line="-17"/>
        <source>the number of stations must be positive</source>
        <translation>工位数必须为正数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a task is fixed to a station beyond the number of stations</source>
        <translation>某个作业被固定到了超出工位数的工位</translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <location filename="../app/cli/cmd_balance.cpp" line="+82"/>
        <source>Problem: %1 (%2, %3 tasks)</source>
        <translation>问题：%1（%2，%3 个作业）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle time: %1</source>
        <translation>周期时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations: %1</source>
        <translation>工位数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower bound on the cycle time: %1</source>
        <translation>周期时间下界：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower bound on the stations: %1</source>
        <translation>工位数下界：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proven optimal.</source>
        <translation>已证明为最优。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not proven optimal (time limit).</source>
        <translation>未证明为最优（达到时间限制）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solve time: %1 s</source>
        <translation>求解时间：%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line efficiency: %1 %, balance delay: %2 %, smoothness index: %3</source>
        <translation>生产线效率：%1 %，平衡损失率：%2 %，平滑指数：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Station %1: load %2 (%3 %)%4: %5</source>
        <translation>工位 %1：负荷 %2（%3 %）%4：%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 parallel stations</source>
        <translation>，%1 个并行工位</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: the project has no variants</source>
        <translation>%1：项目中没有方案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: variant &apos;%2&apos; has no line %3</source>
        <translation>%1：方案“%2”中没有生产线 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line &apos;%2&apos; has no takt time (demand or available time missing); give --cycle-time</source>
        <translation>%1：生产线“%2”没有节拍时间（缺少需求量或可用时间）；请指定 --cycle-time</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stored as the assignment of line &apos;%1&apos; in variant &apos;%2&apos;.</source>
        <translation>已保存为方案“%2”中生产线“%1”的工位分配。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Threads for the exact SALBP-1 search (default: one per core).</source>
        <translation>精确 SALBP-1 搜索使用的线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>balance: --threads needs a positive whole number</source>
        <translation>balance：--threads 需要正整数</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Balances an assembly line: the fewest stations for a cycle time (SALBP-1) or the shortest cycle time for a number of stations (SALBP-2).</source>
        <translation>装配线平衡：给定周期时间求最少工位数（SALBP-1），或给定工位数求最短周期时间（SALBP-2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scholl .IN2 file, Otto et al. .alb file, or a .taktflow project.</source>
        <translation>Scholl .IN2 文件、Otto 等人的 .alb 文件或 .taktflow 项目。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Shows this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time C: find the fewest stations.</source>
        <translation>周期时间 C：求最少工位数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of stations M: find the shortest cycle time.</source>
        <translation>工位数 M：求最短周期时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit in seconds (default 10).</source>
        <translation>时间限制，单位为秒（默认 10）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prints the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allows parallel stations for tasks longer than the cycle time.</source>
        <translation>允许为超过周期时间的作业设置并行工位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project input: the variant (default: the first).</source>
        <translation>项目输入：方案（默认：第一个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project input: the line id or name (default: the first).</source>
        <translation>项目输入：生产线编号或名称（默认：第一条）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project input: store the result as the line&apos;s station assignment.</source>
        <translation>项目输入：将结果保存为该生产线的工位分配。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>balance: expected exactly one INPUT file; see --help</source>
        <translation>balance：需要且仅需要一个 INPUT 文件；参见 --help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance: give either --cycle-time or --stations, not both</source>
        <translation>balance：请指定 --cycle-time 或 --stations 之一，不能同时指定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>balance: --time-limit needs a positive number of seconds</source>
        <translation>balance：--time-limit 需要正的秒数</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>balance: --stations needs a positive whole number</source>
        <translation>balance：--stations 需要正整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>balance: --cycle-time needs a positive number</source>
        <translation>balance：--cycle-time 需要正数</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>balance: --variant, --line and --apply need a .taktflow project as INPUT</source>
        <translation>balance：--variant、--line 和 --apply 需要以 .taktflow 项目作为 INPUT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance: %1: INPUT must be an .IN2, .alb or .taktflow file</source>
        <translation>balance：%1：INPUT 必须是 .IN2、.alb 或 .taktflow 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance: an .IN2 file has no cycle time; give --cycle-time or --stations</source>
        <translation>balance：.IN2 文件不含周期时间；请指定 --cycle-time 或 --stations</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1:1: the file has no &lt;cycle time&gt;; give --cycle-time</source>
        <translation>%1:1：文件中没有 &lt;cycle time&gt;；请指定 --cycle-time</translation>
    </message>
</context>
<context>
    <name>BufferCurve</name>
    <message>
        <location filename="../app/render/buffercurvechart.cpp" line="+23"/>
        <source>The curve of throughput against total buffer appears here.</source>
        <translation>此处显示产出率随缓冲区总容量变化的曲线。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Throughput (parts/h) against total buffer capacity (parts)</source>
        <translation>产出率（件/小时）与缓冲区总容量（件）的关系</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>total buffer (parts)</source>
        <translation>缓冲区总容量（件）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>target %1 parts/h</source>
        <translation>目标 %1 件/小时</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+34"/>
        <source>Create an empty project or a copy of the sample</source>
        <translation>创建空项目或示例项目的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List variants and counts of items, tasks, flows</source>
        <translation>列出方案及其对象、作业、物流的数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a project file and its model</source>
        <translation>检查项目文件及其模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace tasks/items/flows of a variant from CSV</source>
        <translation>从 CSV 替换方案的作业/对象/物流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a variant&apos;s tasks/items/flows as CSV</source>
        <translation>将方案的作业/对象/物流写出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance a line: SALBP-1 or SALBP-2, exact</source>
        <translation>生产线平衡：SALBP-1 或 SALBP-2，精确求解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures of each variant: line, flow, automation, energy</source>
        <translation>各方案的关键指标：生产线、物流、自动化、能耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare variants KPI by KPI, with ranking</source>
        <translation>逐项比较各方案的 KPI 并排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF layout report of one or more variants</source>
        <translation>为一个或多个方案生成 PDF 布局报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve a QAPLIB quadratic assignment instance</source>
        <translation>求解 QAPLIB 二次分配问题实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate a line: throughput, WIP, lead time, bottleneck, buffer sizing</source>
        <translation>仿真生产线：产出率、在制品 (WIP)、生产周期、瓶颈、缓冲区容量确定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: taktflow-cli COMMAND [OPTIONS] [ARGS]</source>
        <translation>用法：taktflow-cli 命令 [选项] [参数]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;taktflow-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行“taktflow-cli 命令 --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 ok, 1 usage error, 2 bad input, 3 no feasible answer.</source>
        <translation>退出码：0 成功，1 用法错误，2 输入有误，3 无可行解。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="+22"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请尝试“%1 --help”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: wrong number of arguments</source>
        <translation>%1：参数个数错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &apos;taktflow-cli %1 --help&apos;.</source>
        <translation>请尝试“taktflow-cli %1 --help”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: no variant named &apos;%2&apos; (variants: %3)</source>
        <translation>%1：没有名为“%2”的方案（现有方案：%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/kpioptions.cpp" line="+22"/>
        <source>Distance metric: euclidean, rectilinear or aisle (default: each variant&apos;s setting).</source>
        <translation>距离度量：euclidean、rectilinear 或 aisle（默认：各方案自身的设置）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_report.cpp" line="+27"/>
        <source>Write a PDF report of one variant, or a comparison report of several.</source>
        <translation>生成单个方案的 PDF 报告，或多个方案的比较报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The variant to report.</source>
        <translation>要生成报告的方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated variants for a comparison report.</source>
        <translation>比较报告所用的方案，以逗号分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size: A4 (default) or Letter.</source>
        <translation>纸张尺寸：A4（默认）或 Letter。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape pages.</source>
        <translation>横向页面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout scale 1:N (e.g. 100, 200); default: the largest that fits.</source>
        <translation>布局比例 1:N（如 100、200）；默认：能容纳的最大比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance metric: euclidean, rectilinear or aisle (default: each variant&apos;s).</source>
        <translation>距离度量：euclidean、rectilinear 或 aisle（默认：各方案自身的设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/kpioptions.cpp" line="+2"/>
        <source>METRIC</source>
        <translation>度量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author in the title block.</source>
        <translation>标题栏中的作者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision in the title block.</source>
        <translation>标题栏中的版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REV</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF to write.</source>
        <translation>要写出的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the background floor plan out of the layout drawings.</source>
        <translation>布局图中不绘制背景平面图。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report needs -o OUT.pdf</source>
        <translation>report 需要 -o 输出.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use either --variant or --variants</source>
        <translation>请使用 --variant 或 --variants 之一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--page: &apos;%1&apos; is not A4 or Letter</source>
        <translation>--page：“%1”不是 A4 或 Letter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--scale: &apos;%1&apos; is not a scale denominator like 100</source>
        <translation>--scale：“%1”不是比例分母（如 100）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/kpioptions.cpp" line="+10"/>
        <source>Unknown metric &apos;%1&apos;; use euclidean, rectilinear or aisle.</source>
        <translation>未知的距离度量“%1”；请使用 euclidean、rectilinear 或 aisle。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: variant &apos;%2&apos;: background plan not drawn: %3</source>
        <translation>%1：方案“%2”：未绘制背景图：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the project has no variants</source>
        <translation>%1：项目中没有方案</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_exchange.cpp" line="+176"/>
        <location filename="../app/cli/cmd_report.cpp" line="+10"/>
        <source>Wrote %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_compare.cpp" line="+55"/>
        <source>Simulated figures of &apos;%1&apos;: line %2, %3</source>
        <translation>方案“%1”的仿真指标：生产线 %2，%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>! stale: the line or layout changed after the simulation run</source>
        <translation>! 已过期：仿真运行后生产线或布局已更改</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not simulated</source>
        <translation>未仿真</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>* best value; (+d, +x%) change against the baseline &apos;%1&apos;</source>
        <translation>* 最优值；(+d, +x%) 相对基准方案“%1”的变化</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No KPI weights are set: ranking with equal weights over the %n KPI(s) that every variant has and that have a better direction:</source>
        <translation>
            <numerusform>未设置 KPI 权重：按等权重对所有方案共有且有优劣方向的 %n 项 KPI 排名：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking by weighted score:</source>
        <translation>按加权得分排名：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare layout variants KPI by KPI, with deltas against a baseline and a ranking by the project&apos;s KPI weights.</source>
        <translation>逐项比较布局方案的 KPI，给出相对基准方案的差值，并按项目的 KPI 权重排名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_exchange.cpp" line="+149"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+72"/>
        <location filename="../app/cli/cmd_project.cpp" line="+74"/>
        <location line="+54"/>
        <location filename="../app/cli/cmd_report.cpp" line="-107"/>
        <source>The .taktflow project file.</source>
        <translation>.taktflow 项目文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated variant names (default: all).</source>
        <translation>以逗号分隔的方案名称（默认：全部）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A,B,...</source>
        <translation>A,B,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant the deltas refer to (default: the first).</source>
        <translation>差值所参照的方案（默认：第一个）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+2"/>
        <location filename="../app/cli/cmd_report.cpp" line="+2"/>
        <location line="+15"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+3"/>
        <location filename="../app/cli/cmd_project.cpp" line="-53"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: no variants to compare</source>
        <translation>%1：没有可比较的方案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the baseline &apos;%2&apos; is not among the compared variants</source>
        <translation>%1：基准方案“%2”不在比较范围内</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_exchange.cpp" line="-283"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="-47"/>
        <source>Variant %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line 1</source>
        <translation>生产线 1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: &apos;%2&apos; is not a non-negative number</source>
        <translation>--%1：“%2”不是非负数</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/cmd_report.cpp" line="+87"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--dxf-layers: no layer name suggests an item type; the drawing has: %1</source>
        <translation>--dxf-layers: 没有图层名称能提示对象类型；图纸包含的图层：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dxf-layers: &apos;%1&apos; is not LAYER=TYPE with a type of: %2</source>
        <translation>--dxf-layers: &apos;%1&apos; 不是 LAYER=TYPE 格式，类型须为以下之一：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</source>
        <translation>machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dxf-layers: the drawing has no closed polylines on layer &apos;%1&apos;; it has: %2</source>
        <translation>--dxf-layers: 图纸的图层 &apos;%1&apos; 上没有闭合多段线；现有图层：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--dxf-units: &apos;%1&apos; is neither mm nor m</source>
        <translation>--dxf-units: &apos;%1&apos; 既不是 mm 也不是 m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the drawing does not say its units; give --dxf-units mm or m</source>
        <translation>%1: 图纸未注明单位；请指定 --dxf-units mm 或 m</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: %1: %2 outlines have arc segments, imported as straight edges</source>
        <translation>警告: %1: %2 个轮廓含有圆弧段，已按直线边导入</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Replace the tasks, items and/or flows of a variant from CSV files (UTF-8, header row, any column order). The variant is created when missing; a bad row is reported as FILE:LINE and nothing is written.</source>
        <translation>从 CSV 文件（UTF-8、含表头、列顺序任意）替换方案的作业、对象和/或物流。方案不存在时将自动创建；若某行有误，将以“文件:行号”报告，且不写入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .taktflow project file (created if missing).</source>
        <translation>.taktflow 项目文件（不存在时将创建）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant name.</source>
        <translation>方案名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tasks.csv: id,name,time_s,predecessors[,automated].</source>
        <translation>tasks.csv：id,name,time_s,predecessors[,automated]。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>items.csv: id,name,type,x_m,y_m,width_m,depth_m[,rotation_deg,height_m,automated,power_kw].</source>
        <translation>items.csv：id,name,type,x_m,y_m,width_m,depth_m[,rotation_deg,height_m,automated,power_kw]。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flows.csv: from,to,units_per_period[,product].</source>
        <translation>flows.csv：from,to,units_per_period[,product]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand in units per period.</source>
        <translation>需求量，单位为每期件数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available production time per period in seconds.</source>
        <translation>每期可用生产时间，单位为秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the closed polylines of a DXF drawing as layout items.</source>
        <translation>将 DXF 图纸中的闭合多段线添加为布局对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers to import and their item types, e.g. MACHINES=machine,BENCHES=workstation (default: the layers whose names suggest a type).</source>
        <translation>要导入的图层及其对象类型，例如 MACHINES=machine,BENCHES=workstation（默认：名称能提示类型的图层）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing units, mm or m (default: the file&apos;s $INSUNITS).</source>
        <translation>图纸单位，mm 或 m（默认：文件的 $INSUNITS）。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: variant &apos;%2&apos; now has %3, %4, %5</source>
        <comment>file, variant, items, tasks, flows</comment>
        <translation>%1：方案“%2”现有 %3、%4、%5</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_kpi.cpp" line="+21"/>
        <location filename="../app/cli/cmd_project.cpp" line="+39"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_project.cpp" line="+1"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../app/cli/cmd_project.cpp" line="+1"/>
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n 条物流</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write tasks.csv, items.csv and flows.csv of a variant (--format csv, the default), or the whole project as JSON for other tools (--format json; structure in docs/json-export.md).</source>
        <translation>写出某方案的 tasks.csv、items.csv 和 flows.csv（--format csv，默认），或将整个项目写为 JSON 供其他工具使用（--format json；结构见 docs/json-export.md）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant name (CSV).</source>
        <translation>方案名称（CSV）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output folder (CSV; created if missing).</source>
        <translation>输出文件夹（CSV；不存在时自动创建）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON output file (default: standard output).</source>
        <translation>JSON 输出文件（默认：标准输出）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--format: &apos;%1&apos; is neither csv nor json</source>
        <translation>--format: &apos;%1&apos; 既不是 csv 也不是 json</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+30"/>
        <location line="+14"/>
        <source>%1: nothing was written</source>
        <translation>%1：未写入任何内容</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>export needs --variant and --dir</source>
        <translation>export 需要 --variant 和 --dir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote tasks.csv, items.csv and flows.csv to %1</source>
        <translation>已将 tasks.csv、items.csv 和 flows.csv 写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_kpi.cpp" line="-20"/>
        <source>Takt time: %1 s</source>
        <translation>节拍时间：%1 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flow (%1): %2 units, %3 units·m, cost %4, %5 transporter(s)</source>
        <translation>物流（%1）：%2 件，%3 件·米，成本 %4，%5 台搬运设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automation: work %1 %, stations %2 %, transport %3 %, %4 manual operator(s)</source>
        <translation>自动化：作业 %1 %，工位 %2 %，搬运 %3 %，%4 名手工操作员</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Line: %1, cycle %2 s, efficiency %3 %, smoothness %4</source>
        <translation>生产线：%1，周期 %2 秒，效率 %3 %，平滑指数 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n 个工位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Layout: %1, %2 overlap(s), %3 clearance violation(s), utilisation %4 %</source>
        <translation>布局：%1，%2 处重叠，%3 处间距违规，利用率 %4 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Energy: %1 kWh per period, %2 kg CO2e per unit</source>
        <translation>能耗：每期 %1 kWh，每件 %2 kg CO2e</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compute the key figures of a project&apos;s layout variants.</source>
        <translation>计算项目中各布局方案的关键指标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this variant (name or id).</source>
        <translation>仅此方案（名称或编号）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list the layout findings.</source>
        <translation>同时列出布局检查结果。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: variant &apos;%2&apos;, line &apos;%3&apos;: no feasible station assignment at takt %4 s.</source>
        <translation>%1：方案“%2”，生产线“%3”：在节拍 %4 秒下没有可行的工位分配。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_project.cpp" line="-78"/>
        <source>Create a new project file.</source>
        <translation>创建新的项目文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .taktflow file to create.</source>
        <translation>要创建的 .taktflow 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the bundled sample project.</source>
        <translation>复制随附的示例项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite an existing file.</source>
        <translation>覆盖已有文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file exists; use --force to overwrite it</source>
        <translation>%1：文件已存在；如需覆盖请使用 --force</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Variant 1</source>
        <translation>方案 1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Created %1 with %n variant(s).</source>
        <translation>
            <numerusform>已创建 %1，含 %n 个方案。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the variants of a project and what they hold.</source>
        <translation>显示项目中的方案及其内容。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Project: %1 (author %2, revision %3)</source>
        <translation>项目：%1（作者 %2，版本 %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1: %2, %3, %4, %5</source>
        <comment>variant name: items, tasks, flows, products</comment>
        <translation>  %1：%2，%3，%4，%5</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 种产品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check a project file and its model; prints one line per problem, exit 2 when there are any.</source>
        <translation>检查项目文件及其模型；每个问题输出一行，存在问题时退出码为 2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: valid</source>
        <translation>%1：有效</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../app/document/commands/cmditemadd.cpp" line="+13"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>添加 %n 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdkpiweight.cpp" line="+17"/>
        <source>Change weight of %1</source>
        <translation>更改 %1 的权重</translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdvariant.cpp" line="+36"/>
        <source>Delete variant %1</source>
        <translation>删除方案 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename variant to %1</source>
        <translation>将方案重命名为 %1</translation>
    </message>
    <message>
        <location filename="../app/document/commands/itemproperties.h" line="+69"/>
        <source>Edit outline</source>
        <translation>编辑轮廓</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move items</source>
        <translation>移动对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename item</source>
        <translation>重命名对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change item type</source>
        <translation>更改对象类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change item height</source>
        <translation>更改对象高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change automation level</source>
        <translation>更改自动化程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change power</source>
        <translation>更改功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change clearance</source>
        <translation>更改安全间距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix items in place</source>
        <translation>固定对象位置</translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdline.cpp" line="+83"/>
        <source>Change line settings</source>
        <translation>更改生产线设置</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>添加 %n 个作业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>删除 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reorder task %1</source>
        <translation>调整作业 %1 的顺序</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add precedence %1 before %2</source>
        <translation>添加优先关系：%1 先于 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove precedence %1 before %2</source>
        <translation>移除优先关系：%1 先于 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unassign task %1</source>
        <translation>取消作业 %1 的分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move task %1 to station %2</source>
        <translation>将作业 %1 移到工位 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change station %1</source>
        <translation>更改工位 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add station</source>
        <translation>添加工位</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove station %1</source>
        <translation>移除工位 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add line %1</source>
        <translation>添加生产线 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete line %1</source>
        <translation>删除生产线 %1</translation>
    </message>
    <message>
        <location filename="../app/document/commands/cmdsimulation.cpp" line="+22"/>
        <source>Change the time distribution of task %1</source>
        <translation>更改作业 %1 的时间分布</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the simulation of station %1</source>
        <translation>更改工位 %1 的仿真参数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the buffer after station %1</source>
        <translation>更改工位 %1 之后的缓冲区</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the simulation source</source>
        <translation>更改仿真投料源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the simulation run settings</source>
        <translation>更改仿真运行设置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply sized buffers</source>
        <translation>应用已确定的缓冲区容量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store the simulation result</source>
        <translation>保存仿真结果</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+71"/>
        <source>a quote inside an unquoted field</source>
        <translation>未加引号的字段中出现引号</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>more than %1 rows</source>
        <translation>超过 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text after a closing quote</source>
        <translation>结束引号后还有文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a field longer than %1 characters</source>
        <translation>字段长度超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not valid UTF-8 text</source>
        <translation>不是有效的 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../core/io/tablecsv.cpp" line="+57"/>
        <source>no column chosen for &apos;%1&apos;</source>
        <translation>未为“%1”选择列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing column &apos;%1&apos;</source>
        <translation>缺少列“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown column &apos;%1&apos; ignored</source>
        <translation>已忽略未知列“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fields, the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 &apos;%2&apos; is not a number with a decimal comma</source>
        <translation>%1“%2”不是以逗号为小数点的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must not be negative, is %2</source>
        <translation>%1 不能为负数，当前为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 &apos;%2&apos; is not 0/1/true/false</source>
        <translation>%1“%2”不是 0/1/true/false</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>empty %1</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>duplicate task id &apos;%1&apos; (first on line %2)</source>
        <translation>作业编号“%1”重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>predecessor &apos;%1&apos; of task &apos;%2&apos; does not exist</source>
        <translation>作业“%2”的前序作业“%1”不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>precedence cycle: %1</source>
        <translation>优先关系循环：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown type &apos;%1&apos;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>width and depth must be greater than zero</source>
        <translation>宽度和深度必须大于零</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate item id &apos;%1&apos; (first on line %2)</source>
        <translation>对象编号“%1”重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>item &apos;%1&apos; does not exist</source>
        <translation>对象“%1”不存在</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <location filename="../app/gui/exchange/dataexchange.cpp" line="+48"/>
        <source>Line 1</source>
        <translation>生产线 1</translation>
    </message>
</context>
<context>
    <name>DensityPreview</name>
    <message>
        <location filename="../app/render/densitypreview.cpp" line="+149"/>
        <source>0 s</source>
        <translation>0 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean %1 s</source>
        <translation>均值 %1 秒</translation>
    </message>
</context>
<context>
    <name>DesktopRecent</name>
    <message>
        <location filename="../app/gui/desktoprecent.cpp" line="+133"/>
        <source>%1: cannot be read or is too large</source>
        <translation>%1：无法读取或文件过大</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:%2: not a desktop bookmark (XBEL) file</source>
        <translation>%1:%2：不是桌面书签（XBEL）文件</translation>
    </message>
</context>
<context>
    <name>DrawingExport</name>
    <message>
        <location filename="../app/render/drawingexport.cpp" line="+22"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown export format of %1; use .png, .svg or .pdf</source>
        <translation>%1 的导出格式未知；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plant layout drawn by Taktflow</source>
        <translation>由 Taktflow 绘制的工厂布局</translation>
    </message>
</context>
<context>
    <name>DxfExport</name>
    <message>
        <location filename="../app/io/dxfexport.cpp" line="+63"/>
        <location line="+69"/>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
</context>
<context>
    <name>DxfItemImport</name>
    <message>
        <location filename="../app/io/dxfoutlines.cpp" line="+129"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 大于 %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an ASCII DXF drawing (binary DXF and DWG are not read)</source>
        <translation>%1 不是 ASCII DXF 图纸（不支持读取二进制 DXF 和 DWG）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged: a value could not be read as a number</source>
        <translation>%1 已损坏：某个值无法读取为数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged: a polyline has a coordinate that is not a finite number</source>
        <translation>%1 已损坏：某条多段线的坐标不是有限数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has too many polylines or vertices to import as items</source>
        <translation>%1 的多段线或顶点过多，无法导入为对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no closed polylines to import as items</source>
        <translation>%1 中没有可导入为对象的闭合多段线</translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message>
        <location filename="../app/gui/layout/editoperations.cpp" line="+80"/>
        <source>Rotate items</source>
        <translation>旋转对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move items</source>
        <translation>移动对象</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Align items</source>
        <translation>对齐对象</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Distribute items</source>
        <translation>分布对象</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paste items</source>
        <translation>粘贴对象</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="+82"/>
        <source>Taktflow: design production lines and plant layouts.</source>
        <translation>Taktflow：设计生产线与工厂布局。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A .taktflow project to open.</source>
        <translation>要打开的 .taktflow 项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the bundled sample project.</source>
        <translation>打开随附的示例项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the most recently used project (File &gt; Open Recent).</source>
        <translation>打开最近使用的项目（文件 &gt; 最近打开）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a screenshot and exit.</source>
        <translation>保存截图并退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace to show: layout, line, simulation, simulation-animation, 3d or compare (those that are built).</source>
        <translation>要显示的工作区：layout、line、simulation、simulation-animation、3d 或 compare（仅限已构建的工作区）。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The current line cannot be animated; see the Simulation workspace.</source>
        <translation>当前生产线无法播放动画；请查看“仿真”工作区。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Variant to show.</source>
        <translation>要显示的方案。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No recently used project exists any more; starting without one.</source>
        <translation>最近使用的项目都已不存在；不打开项目启动。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown view &apos;%1&apos;; known views: %2</source>
        <translation>未知视图“%1”；可用视图：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No variant named &apos;%1&apos;</source>
        <translation>没有名为“%1”的方案</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ItemPaste</name>
    <message>
        <location filename="../app/gui/exchange/itempaste.cpp" line="+78"/>
        <source>clipboard row %1: %2</source>
        <translation>剪贴板第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clipboard holds no rows</source>
        <translation>剪贴板中没有数据行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>clipboard row 1: %1 columns, the Items table has %2</source>
        <translation>剪贴板第 1 行：%1 列，而“对象”表有 %2 列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the pasted rows have no id column</source>
        <translation>粘贴的行中没有 id 列</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>clipboard row %1: %2 cells, expected %3</source>
        <translation>剪贴板第 %1 行：%2 个单元格，应为 %3 个</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>clipboard row %1: new item &apos;%2&apos; needs a value for %3</source>
        <translation>剪贴板第 %1 行：新对象“%2”需要 %3 的值</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>clipboard row</source>
        <translation>剪贴板行</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <location filename="../app/render/itemstyle.cpp" line="+42"/>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conveyor</source>
        <translation>输送机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>仓储区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack</source>
        <translation>货架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle</source>
        <translation>通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall</source>
        <translation>墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>柱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock</source>
        <translation>装卸月台</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../core/compare/kpicatalog.cpp" line="+12"/>
        <source>Takt time</source>
        <translation>节拍时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time</source>
        <translation>周期时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line efficiency</source>
        <translation>生产线效率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance delay</source>
        <translation>平衡损失率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothness index</source>
        <translation>平滑指数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow distance</source>
        <translation>物流距离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport cost</source>
        <translation>搬运成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transporters needed</source>
        <translation>所需搬运设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated work content</source>
        <translation>自动化作业含量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated stations</source>
        <translation>自动化工位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated items</source>
        <translation>自动化对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated transport</source>
        <translation>自动化搬运</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual operators</source>
        <translation>手工操作员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floor utilisation</source>
        <translation>面积利用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout findings</source>
        <translation>布局检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per unit</source>
        <translation>单位能耗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CO2e per unit</source>
        <translation>单位 CO2e</translation>
    </message>
    <message>
        <location filename="../core/compare/simulationcomparison.cpp" line="+55"/>
        <source>Simulated throughput</source>
        <translation>仿真产出率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated lead time</source>
        <translation>仿真生产周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated WIP</source>
        <translation>仿真在制品 (WIP)</translation>
    </message>
</context>
<context>
    <name>KpiDock</name>
    <message>
        <location filename="../app/gui/docks/kpidock.cpp" line="+22"/>
        <source>Flow distance</source>
        <translation>物流距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport cost</source>
        <translation>搬运成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel time</source>
        <translation>行程时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transporters / drivers</source>
        <translation>搬运设备 / 司机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearance violations</source>
        <translation>间距违规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow aisles</source>
        <translation>过窄通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor utilisation</source>
        <translation>面积利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takt time</source>
        <translation>节拍时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line efficiency</source>
        <translation>生产线效率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated work content</source>
        <translation>自动化作业含量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per unit</source>
        <translation>单位能耗</translation>
    </message>
</context>
<context>
    <name>KpiUnit</name>
    <message>
        <location filename="../core/compare/kpicatalog.cpp" line="-20"/>
        <source>units x m/period</source>
        <translation>件×米/期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per period</source>
        <translation>每期</translation>
    </message>
    <message>
        <location filename="../core/compare/simulationcomparison.cpp" line="-4"/>
        <source>units/h</source>
        <translation>件/小时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parts</source>
        <translation>件</translation>
    </message>
</context>
<context>
    <name>LineBalancer</name>
    <message numerus="yes">
        <location filename="../app/gui/line/linebalancer.cpp" line="+48"/>
        <source>No assignment to %n station(s) was found.</source>
        <translation>
            <numerusform>未找到分配到 %n 个工位的方案。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The line has no tasks to balance.</source>
        <translation>该生产线没有可平衡的作业。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balancing for the fewest stations needs a takt time: enter the demand and shift calendar.</source>
        <translation>按最少工位数平衡需要节拍时间：请输入需求量和班次日历。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of stations must be at least 1.</source>
        <translation>工位数必须至少为 1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelled before a solution was found.</source>
        <translation>在找到解之前已取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the best solution found so far is shown.</source>
        <translation>已取消；显示目前找到的最佳解。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit reached; optimality not proven.</source>
        <translation>已达到时间限制；未证明为最优。</translation>
    </message>
</context>
<context>
    <name>LineMetricsPanel</name>
    <message>
        <location filename="../app/gui/line/linemetricspanel.cpp" line="+27"/>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station copies, parallel stations counted each</source>
        <translation>工位副本数，并行工位逐个计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle time</source>
        <translation>周期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest station time: the cycle the line achieves</source>
        <translation>最大工位时间：生产线实际达到的周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takt time</source>
        <translation>节拍时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line efficiency</source>
        <translation>生产线效率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work content / (stations × cycle time)</source>
        <translation>作业含量 /（工位数 × 周期时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance delay</source>
        <translation>平衡损失率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 − line efficiency</source>
        <translation>1 − 生产线效率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoothness index</source>
        <translation>平滑指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>√(Σ (cycle time − station time)²) over stations</source>
        <translation>对各工位求 √(Σ (周期时间 − 工位时间)²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle time per cycle</source>
        <translation>每周期空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations × cycle time − work content</source>
        <translation>工位数 × 周期时间 − 作业含量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station with the largest time</source>
        <translation>时间最长的工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per station copy that is not fully automated</source>
        <translation>每个未完全自动化的工位副本一名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output per period</source>
        <translation>每期产出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole units: available time per period / cycle time, rounded down</source>
        <translation>整件数：每期可用时间 / 周期时间，向下取整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned tasks</source>
        <translation>未分配的作业</translation>
    </message>
</context>
<context>
    <name>LineModelReader</name>
    <message>
        <location filename="../core/simulation/linemodelreader.cpp" line="+29"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the key is missing</source>
        <translation>缺少该键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an object, found %1</source>
        <translation>此处应为对象，实际为%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a list, found %1</source>
        <translation>此处应为列表，实际为%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a number, found %1</source>
        <translation>此处应为数字，实际为%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number is not finite</source>
        <translation>该数值不是有限数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a time cannot be negative (%1 s)</source>
        <translation>时间不能为负数（%1 秒）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s is longer than the largest accepted time, %2 s</source>
        <translation>%1 秒超过允许的最长时间 %2 秒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a whole number, found %1</source>
        <translation>此处应为整数，实际为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is outside the accepted range %2 to %3</source>
        <translation>%1 超出允许范围 %2 到 %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected the name of a distribution, found %1</source>
        <translation>此处应为分布名称，实际为%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown distribution &quot;%1&quot; (known: %2)</source>
        <translation>未知分布“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an empirical time needs at least one sample</source>
        <translation>经验分布时间至少需要一个样本</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>give exactly one of &quot;saturated&quot;: true, &quot;interarrival&quot; or &quot;takt_s&quot;</source>
        <translation>请在 &quot;saturated&quot;: true、&quot;interarrival&quot; 和 &quot;takt_s&quot; 中恰好指定一项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected true, found %1</source>
        <translation>此处应为 true，实际为%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a source that is not saturated needs &quot;interarrival&quot; or &quot;takt_s&quot;</source>
        <translation>非饱和投料的投料源需要 &quot;interarrival&quot; 或 &quot;takt_s&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the mean inter-arrival time must be above 0 s</source>
        <translation>平均到达间隔时间必须大于 0 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the takt time must be above 0 s</source>
        <translation>节拍时间必须大于 0 秒</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give only one of mtbf_s, mtbf and operations (found %1)</source>
        <translation>mtbf_s、mtbf 和 operations 只能指定其一（发现 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give only one of mttr_s and mttr</source>
        <translation>mttr_s 和 mttr 只能指定其一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key is missing (failures need mtbf_s and mttr_s)</source>
        <translation>缺少该键（故障需要 mtbf_s 和 mttr_s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key is missing: %1 without a mean time between failures</source>
        <translation>缺少该键：有 %1 但没有平均故障间隔时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key is missing: %1 without a mean time to repair</source>
        <translation>缺少该键：有 %1 但没有平均修复时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the mean time between failures must be above 0 s</source>
        <translation>平均故障间隔时间必须大于 0 秒</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected a station name, found %1</source>
        <translation>此处应为工位名称，实际为%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected one buffer per gap between stations (%1), found %2</source>
        <translation>工位之间每个间隔应有一个缓冲区（%1 个），实际为 %2 个</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the line needs at least one station</source>
        <translation>生产线至少需要一个工位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 stations</source>
        <translation>工位超过 %1 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the demand must be between 0 and 10^9 units per hour</source>
        <translation>需求量必须在每小时 0 到 10^9 件之间</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (in %1)</source>
        <translation>（位于 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2:%3: not valid JSON%4: %5</source>
        <translation>%1:%2:%3: 不是有效的 JSON%4：%5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the top level must be a JSON object with &quot;source&quot;, &quot;stations&quot; and &quot;buffers&quot;</source>
        <translation>%1：顶层必须是包含 &quot;source&quot;、&quot;stations&quot; 和 &quot;buffers&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1：文件大于 %2 MB</translation>
    </message>
</context>
<context>
    <name>ModelFileCheck</name>
    <message>
        <location filename="../core/io/modelfilecheck.cpp" line="+48"/>
        <location line="+23"/>
        <source>more than %1 triangles</source>
        <translation>三角形超过 %1 个</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>a vertex of the ASCII STL file is not three numbers</source>
        <translation>ASCII STL 文件中的某个顶点不是三个数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the ASCII STL file has no complete triangles</source>
        <translation>ASCII STL 文件中没有完整的三角形</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the STL file has no triangles</source>
        <translation>STL 文件中没有三角形</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>triangle %1 of the STL file has an invalid number</source>
        <translation>STL 文件的第 %1 个三角形含有无效数字</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>neither a binary STL file (its size does not match its triangle count) nor an ASCII STL file</source>
        <translation>既不是二进制 STL 文件（其大小与三角形数量不符），也不是 ASCII STL 文件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an OBJ file is text, this one holds binary data</source>
        <translation>OBJ 文件应为文本，但此文件包含二进制数据</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: too few coordinates</source>
        <translation>第 %1 行：坐标过少</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: &quot;%2&quot; is not a number</source>
        <translation>第 %1 行：“%2”不是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>more than %1 vertices</source>
        <translation>顶点超过 %1 个</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>line %1: a face needs at least three corners</source>
        <translation>第 %1 行：面至少需要三个角点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: face corner &quot;%2&quot; refers to no vertex</source>
        <translation>第 %1 行：面角点“%2”未引用任何顶点</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+66"/>
        <source>more than %1 faces</source>
        <translation>面超过 %1 个</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>the OBJ file has no faces</source>
        <translation>OBJ 文件中没有面</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a PLY file (no &quot;ply&quot; header ending in &quot;end_header&quot;)</source>
        <translation>不是 PLY 文件（没有以 &quot;end_header&quot; 结尾的 &quot;ply&quot; 文件头）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the PLY element &quot;%1&quot; has no valid count</source>
        <translation>PLY 元素 &quot;%1&quot; 没有有效的数量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a PLY property has an unknown type</source>
        <translation>某个 PLY 属性的类型未知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PLY file names no known format</source>
        <translation>PLY 文件未指定已知格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PLY file has no vertices or no faces</source>
        <translation>PLY 文件中没有顶点或没有面</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the PLY file is shorter than its header says</source>
        <translation>PLY 文件比其文件头声明的短</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unsupported model format &quot;%1&quot; (use glTF, OBJ or STL)</source>
        <translation>不支持的模型格式“%1”（请使用 glTF、OBJ 或 STL）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refers to &quot;%1&quot; outside the model&apos;s folder</source>
        <translation>引用了模型文件夹之外的“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file &quot;%1&quot; it refers to is missing</source>
        <translation>所引用的文件“%1”不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/io/gltfcheck.cpp" line="+108"/>
        <source>its buffers are larger than %1 MiB</source>
        <translation>其缓冲区大于 %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/io/gltfcheck.cpp" line="-19"/>
        <source>the glTF JSON is invalid at byte %1: %2</source>
        <translation>glTF JSON 在第 %1 字节处无效：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>glTF version &quot;%1&quot; is not supported; export the model as glTF 2.0</source>
        <translation>不支持 glTF 版本“%1”；请将模型导出为 glTF 2.0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>buffer %1 has no valid byteLength</source>
        <translation>缓冲区 %1 没有有效的 byteLength</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>buffer %1 has no data</source>
        <translation>缓冲区 %1 没有数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>embedded buffer %1 is shorter than its byteLength</source>
        <translation>嵌入的缓冲区 %1 短于其 byteLength</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buffer %1 has an unsupported address</source>
        <translation>缓冲区 %1 的地址不受支持</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>buffer view %1 lies outside its buffer</source>
        <translation>缓冲区视图 %1 超出其缓冲区范围</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>accessor %1 has no valid count, component type or type</source>
        <translation>访问器 %1 缺少有效的数量、分量类型或类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accessor %1 has more than %2 elements</source>
        <translation>访问器 %1 的元素超过 %2 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accessor %1 refers to no buffer view</source>
        <translation>访问器 %1 未引用任何缓冲区视图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>buffer view %1 has an invalid byteStride</source>
        <translation>缓冲区视图 %1 的 byteStride 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accessor %1 reads past the end of its buffer view</source>
        <translation>访问器 %1 的读取超出其缓冲区视图末尾</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mesh %1 refers to a missing accessor</source>
        <translation>网格 %1 引用了不存在的访问器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the glTF file has no meshes</source>
        <translation>glTF 文件中没有网格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a binary glTF file</source>
        <translation>不是二进制 glTF 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary glTF version %1 is not supported</source>
        <translation>不支持二进制 glTF 版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the binary glTF file is %1 bytes, its header says %2</source>
        <translation>二进制 glTF 文件大小为 %1 字节，但其文件头声明为 %2 字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the binary glTF file has no complete JSON chunk</source>
        <translation>二进制 glTF 文件中没有完整的 JSON 块</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the binary chunk of the glTF file is damaged</source>
        <translation>glTF 文件的二进制块已损坏</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../core/layout/outlinecheck.cpp" line="+19"/>
        <source>an outline needs at least three corners</source>
        <translation>轮廓至少需要三个顶点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a corner is not a finite number</source>
        <translation>某个顶点不是有限数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two neighbouring corners lie on the same point</source>
        <translation>两个相邻顶点位于同一点</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>the outline would cross or touch itself</source>
        <translation>轮廓将自相交或自相接触</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outline would fold back on itself (a spike)</source>
        <translation>轮廓将向自身折返（形成尖刺）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outline would have no area</source>
        <translation>轮廓将没有面积</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outline would not be a simple polygon</source>
        <translation>轮廓将不是简单多边形</translation>
    </message>
</context>
<context>
    <name>OutlineImport</name>
    <message>
        <location filename="../core/io/outlineitems.cpp" line="+106"/>
        <source>%1: polyline %2 on layer &apos;%3&apos;: %4</source>
        <translation>%1: 图层 &apos;%3&apos; 上的多段线 %2: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer than three distinct corners</source>
        <translation>不同的顶点少于三个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the outline encloses no area</source>
        <translation>轮廓未围成任何面积</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the outline crosses itself</source>
        <translation>轮廓自相交</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no closed polylines on the chosen layers</source>
        <translation>%1: 所选图层上没有闭合多段线</translation>
    </message>
</context>
<context>
    <name>PlantView3D</name>
    <message>
        <location filename="../app/view3d/glsupport.cpp" line="+39"/>
        <source>The 3D view is turned off (TAKTFLOW_DISABLE_3D is set).</source>
        <translation>3D 视图已关闭（已设置 TAKTFLOW_DISABLE_3D）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The 3D view needs OpenGL, which the &quot;%1&quot; display platform does not provide. Everything else works as usual; start Taktflow on a desktop with graphics drivers to see the line in 3D.</source>
        <translation>3D 视图需要 OpenGL，而显示平台“%1”不提供 OpenGL。其他功能均可照常使用；如需查看生产线的 3D 效果，请在装有显卡驱动的桌面环境中启动 Taktflow。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 3D view needs OpenGL, but no OpenGL context could be created (no graphics driver, or a remote desktop without 3D). Everything else works as usual.</source>
        <translation>3D 视图需要 OpenGL，但无法创建 OpenGL 上下文（没有显卡驱动，或远程桌面不支持 3D）。其他功能均可照常使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The 3D view needs OpenGL 3.3, which the graphics driver &quot;%1&quot; does not offer. Everything else works as usual.</source>
        <translation>3D 视图需要 OpenGL 3.3，而显卡驱动“%1”不支持。其他功能均可照常使用。</translation>
    </message>
</context>
<context>
    <name>PrecedenceGraphView</name>
    <message>
        <location filename="../app/gui/line/precedencegraphitems.cpp" line="+92"/>
        <source>%1 before %2 (select and press Delete to remove)</source>
        <translation>%1 先于 %2（选中后按 Delete 键删除）</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../core/storage/projectfile.cpp" line="+34"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Taktflow project (not an SQLite database)</source>
        <translation>不是 Taktflow 项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Taktflow project (another program&apos;s SQLite database)</source>
        <translation>不是 Taktflow 项目（其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>made by a newer Taktflow (file format %1); this version reads formats up to %2. Please update Taktflow.</source>
        <translation>由更新版本的 Taktflow 创建（文件格式 %1）；本版本最高只能读取格式 %2。请更新 Taktflow。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown file format %1</source>
        <translation>未知的文件格式 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file&apos;s tables differ from the Taktflow format %1 (extra or altered tables, triggers or views); refused for safety</source>
        <translation>文件的表结构与 Taktflow 格式 %1 不符（存在多余或被修改的表、触发器或视图）；出于安全考虑拒绝打开</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>broken reference in table %1</source>
        <translation>表 %1 中存在无效引用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write in folder %1: %2</source>
        <translation>无法在文件夹 %1 中写入：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>saving failed, the file was not changed: %1</source>
        <translation>保存失败，文件未被修改：%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+61"/>
        <source>Taktflow projects (*.taktflow);;All files (*)</source>
        <translation>Taktflow 项目 (*.taktflow);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>QapCommand</name>
    <message>
        <location filename="../app/cli/cmd_qap.cpp" line="+39"/>
        <source>Solves a quadratic assignment problem read from a QAPLIB .dat file (n, then the flow matrix A, then the distance matrix B) and prints the cost and the 1-based permutation p minimising sum A[i][j] * B[p(i)][p(j)].</source>
        <translation>求解从 QAPLIB .dat 文件读取的二次分配问题（依次为 n、流量矩阵 A、距离矩阵 B），并输出成本以及使 sum A[i][j] * B[p(i)][p(j)] 最小的从 1 开始编号的排列 p。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search time in seconds (default 10).</source>
        <translation>搜索时间，单位为秒（默认 10）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stop after this many tabu steps (0 = no limit); with a budget the result depends only on the seed and the thread count.</source>
        <translation>达到此禁忌搜索步数后停止（0 = 不限）；设定步数预算时，结果只取决于随机种子和线程数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worker threads (default: up to 2).</source>
        <translation>工作线程数（默认：最多 2 个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prints one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QAPLIB .dat file.</source>
        <translation>QAPLIB .dat 文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--time-limit needs a number of seconds &gt;= 0, not &quot;%1&quot;.</source>
        <translation>--time-limit 需要 &gt;= 0 的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed needs a non-negative integer, not &quot;%1&quot;.</source>
        <translation>--seed 需要非负整数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--iterations needs an integer &gt;= 0, not &quot;%1&quot;.</source>
        <translation>--iterations 需要 &gt;= 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--threads needs an integer from 0 to 64, not &quot;%1&quot;.</source>
        <translation>--threads 需要 0 到 64 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a positive --time-limit or an --iterations budget.</source>
        <translation>请指定正的 --time-limit 或 --iterations 步数预算。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No assignment was found.</source>
        <translation>未找到分配方案。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>n: %1</source>
        <translation>n：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost: %1</source>
        <translation>成本：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (optimal)</source>
        <translation>（最优）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permutation: %1</source>
        <translation>排列：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iterations: %1, time: %2 s</source>
        <translation>迭代次数：%1，时间：%2 秒</translation>
    </message>
</context>
<context>
    <name>QapLibReader</name>
    <message>
        <location filename="../core/io/qaplibreader.cpp" line="+116"/>
        <source>the file is empty; expected the size n</source>
        <translation>文件为空；应为规模 n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected the size n as an integer, found &quot;%1&quot;</source>
        <translation>规模 n 应为整数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the size n = %1 is outside 1..%2</source>
        <translation>规模 n = %1 超出 1..%2 的范围</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>flow matrix A</source>
        <translation>流量矩阵 A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distance matrix B</source>
        <translation>距离矩阵 B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file ends after %1 of the %2 values of the %3</source>
        <translation>文件在%3的 %2 个值中的第 %1 个之后就结束了</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the number %1 does not fit a 64-bit integer</source>
        <translation>数字 %1 超出 64 位整数范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an integer in the %1, found &quot;%2&quot;</source>
        <translation>%1中应为整数，实际为“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected data &quot;%1&quot; after the two matrices</source>
        <translation>两个矩阵之后出现意外数据“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
</context>
<context>
    <name>QapSolver</name>
    <message>
        <location filename="../core/arrangement/qapsolver.cpp" line="+121"/>
        <source>The problem size %1 is outside 0..%2.</source>
        <translation>问题规模 %1 超出 0..%2 的范围。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The flow and distance matrices must both be %1 x %1.</source>
        <translation>流量矩阵和距离矩阵都必须为 %1 × %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The matrix values are too large: costs could exceed 64-bit integers.</source>
        <translation>矩阵数值过大：成本可能超出 64 位整数范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start assignment must have %1 entries.</source>
        <translation>初始分配必须有 %1 个条目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start assignment is not a permutation of the freeSlots.</source>
        <translation>初始分配不是 freeSlots 的一个排列。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fixed items need a start assignment.</source>
        <translation>固定对象需要初始分配。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fixed item %1 is out of range or repeated.</source>
        <translation>固定对象 %1 超出范围或重复。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/render/report/reportsections.cpp" line="+60"/>
        <source>Unassigned tasks</source>
        <translation>未分配的作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work content (s)</source>
        <translation>作业含量（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units moved per period</source>
        <translation>每期搬运件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel time per period (s)</source>
        <translation>每期行程时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable flows</source>
        <translation>不可达物流</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Items</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Overlaps</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearance violations</source>
        <translation>间距违规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items outside the building</source>
        <translation>位于建筑外的对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow aisles</source>
        <translation>过窄通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable area (m2)</source>
        <translation>可用面积（m2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupied area (m2)</source>
        <translation>占用面积（m2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment energy per period (kWh)</source>
        <translation>每期设备能耗（kWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport energy per period (kWh)</source>
        <translation>每期搬运能耗（kWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy per period (kWh)</source>
        <translation>每期能耗（kWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CO2e per period (kg)</source>
        <translation>每期 CO2e（kg）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per period</source>
        <translation>每期件数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key (kpi --json)</source>
        <translation>键名（kpi --json）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/render/report/simulationsection.cpp" line="+178"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distance metric</source>
        <translation>距离度量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>3D view</source>
        <translation>3D 视图</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This variant has no production line.</source>
        <translation>该方案没有生产线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: takt %2 s, %3 stations, cycle time %4 s, efficiency %5</source>
        <translation>%1：节拍 %2 秒，%3 个工位，周期时间 %4 秒，效率 %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The line had no station assignment; shown is an optimal SALBP-1 balance at takt.</source>
        <translation>该生产线尚无工位分配；此处显示按节拍时间求得的 SALBP-1 最优平衡。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/render/report/simulationsection.cpp" line="+39"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Distances are %1. Total flow distance %2 units x m per period, transport cost %3 per period.</source>
        <translation>距离按%1计算。每期物流总距离 %2 件×米，每期搬运成本 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units/period</source>
        <translation>件/期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance (m)</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units x m</source>
        <translation>件×米</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heaviest flows</source>
        <translation>最大物流</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From \ to (units/period)</source>
        <translation>从 \ 至（件/期）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From-to matrix</source>
        <translation>从至表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The matrix shows the %1 items with the most flow.</source>
        <translation>该矩阵显示物流量最大的 %1 个对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No findings: no overlaps, clearance violations, items outside, narrow aisles or unreachable flows.</source>
        <translation>无检查问题：没有重叠、间距违规、建筑外对象、过窄通道或不可达物流。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not simulated</source>
        <translation>未仿真</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Best values are marked green; percentages are changes against the baseline &apos;%1&apos;.</source>
        <translation>最优值以绿色标出；百分比为相对基准方案“%1”的变化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stale: the simulated figure comes from a run before the last change of the line or layout.</source>
        <translation>%1 已过期：该仿真指标来自生产线或布局最近一次更改之前的运行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/render/report/reportwriter.cpp" line="+55"/>
        <source>Variant</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ranking with equal weights</source>
        <translation>按等权重排名</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No KPI weights are set in the project: every KPI that every variant has and that has a better direction counts once (%n KPI(s)). Set weights in the Compare workspace to rank by what matters to you.</source>
        <translation>
            <numerusform>项目中未设置 KPI 权重：所有方案共有且有优劣方向的每项 KPI 各计一次（共 %n 项 KPI）。请在“比较”工作区中设置权重，以按您关注的指标排名。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking by the project&apos;s KPI weights</source>
        <translation>按项目 KPI 权重排名</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Layouts at the same scale</source>
        <translation>同一比例下的布局</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Comparison of variants</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>%1: key figures</source>
        <translation>%1：关键指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1: line balance</source>
        <translation>%1：生产线平衡</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1: simulation</source>
        <translation>%1：仿真</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1: material flow</source>
        <translation>%1：物流</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1: findings</source>
        <translation>%1：检查结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: layout</source>
        <translation>%1：布局</translation>
    </message>
    <message>
        <location filename="../app/render/report/reportwriter.cpp" line="-12"/>
        <source>Layout alternatives report</source>
        <translation>布局备选方案报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layout report</source>
        <translation>布局报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title block</source>
        <translation>标题栏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with</source>
        <translation>制作工具</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the report has no variants</source>
        <translation>报告中没有方案</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot paint on the output device</source>
        <translation>无法在输出设备上绘制</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taktflow report: %1</source>
        <translation>Taktflow 报告：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the PDF could not be written</source>
        <translation>%1：无法写出 PDF 文件</translation>
    </message>
    <message>
        <location filename="../app/render/report/simulationsection.cpp" line="-181"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>every %n operation(s), repair %1</source>
        <translation>
            <numerusform>每 %n 次操作故障一次，修复 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MTBF %1 of operating time, MTTR %2 (exponential)</source>
        <translation>MTBF 为运行时间 %1，MTTR 为 %2（指数分布）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between failures %1 of operating time, repair %2</source>
        <translation>故障间隔为运行时间 %1，修复 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 (direct hand-off)</source>
        <translation>0（直接传递）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Process time</source>
        <translation>加工时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <translation>并行工作单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Failures</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <location line="+117"/>
        <source>Setup</source>
        <translation>换型</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+3"/>
        <source>all stations</source>
        <translation>所有工位</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buffers</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every gap</source>
        <translation>每个间隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buffer</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task times</source>
        <translation>作业时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all tasks</source>
        <translation>所有作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deterministic, as balanced</source>
        <translation>确定型，与生产线平衡中一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task time</source>
        <translation>作业时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>投料源</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Model mix</source>
        <translation>型号混合</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>random, by the models&apos; demand shares</source>
        <translation>随机，按各型号的需求占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replications</source>
        <translation>重复运行次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per replication</source>
        <translation>每次重复运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run length</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h after a warm-up of %2 h</source>
        <translation>预热 %2 小时后仿真 %1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift calendar</source>
        <translation>班次日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followed (breaks as pauses)</source>
        <translation>遵循（休息时间作为暂停）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not followed</source>
        <translation>不遵循</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the variant&apos;s transporters over the aisles</source>
        <translation>由方案的搬运工具经通道搬运</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not simulated (parts hand over at once)</source>
        <translation>不仿真（工件立即传递）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %1: %n vehicle(s)</source>
        <translation>
            <numerusform>；%1：%n 台</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>搬运</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>makes the demand: the whole 95 % interval lies above it</source>
        <translation>满足需求：整个 95 % 置信区间都高于需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misses the demand: the whole 95 % interval lies below it</source>
        <translation>未满足需求：整个 95 % 置信区间都低于需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undecided: the demand lies inside the 95 % interval; more replications narrow it</source>
        <translation>无法判定：需求位于 95 % 置信区间内；增加重复运行次数可缩小该区间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>产出率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 units/h (95 % interval %2 to %3)</source>
        <translation>%1 件/小时（95 % 置信区间 %2 至 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 units/h (3600 s / takt %2 s)</source>
        <translation>%1 件/小时（3600 秒 / 节拍 %2 秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no takt time: the line has no demand set</source>
        <translation>无节拍时间：该生产线未设置需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>产量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 units per replication</source>
        <translation>每次重复运行 %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>生产周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean %1, 95th percentile %2</source>
        <translation>均值 %1，第 95 百分位数 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work in process</source>
        <translation>在制品 (WIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 parts (mean)</source>
        <translation>%1 件（均值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (the bottleneck %2 of the time)</source>
        <translation>%1（%2 的时间为瓶颈）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Working</source>
        <translation>加工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starved</source>
        <translation>缺料等待</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1</source>
        <translation>生产线 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STALE: the line or the layout changed after this run (%1). The figures describe the line as it was then; run the simulation again.</source>
        <translation>已过期：本次运行（%1）之后生产线或布局已更改。这些指标描述的是当时的生产线；请重新运行仿真。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulated %1: %2.</source>
        <translation>仿真于 %1：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station states</source>
        <translation>工位状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parameters of the run</source>
        <translation>运行参数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fixed %1</source>
        <translation>固定 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exponential (mean %1)</source>
        <translation>指数分布（均值 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal (mean %1, sd %2)</source>
        <translation>正态分布（均值 %1，标准差 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lognormal (mean %1, sd %2)</source>
        <translation>对数正态分布（均值 %1，标准差 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>triangular (min %1, mode %2, max %3)</source>
        <translation>三角分布（最小值 %1，众数 %2，最大值 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uniform (%1 to %2)</source>
        <translation>均匀分布（%1 至 %2）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>empirical (%n sample(s))</source>
        <translation>
            <numerusform>经验分布（%n 个样本）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../app/render/report/scaledlayout.cpp" line="+63"/>
        <source>Material flow (thickness by volume)</source>
        <translation>物流（线宽表示流量）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 - layout at 1:%2 - sheet %3 of %4</source>
        <translation>%1 - 布局 1:%2 - 第 %3 张，共 %4 张</translation>
    </message>
</context>
<context>
    <name>SalbpReader</name>
    <message>
        <location filename="../core/io/salbpreader.cpp" line="+106"/>
        <source>precedence names task %1, but the tasks are numbered 1 to %2</source>
        <translation>优先关系引用了作业 %1，但作业编号范围为 1 到 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task %1 cannot precede itself</source>
        <translation>作业 %1 不能是自身的前序作业</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the precedence relations form a cycle through task %1</source>
        <translation>优先关系中存在经过作业 %1 的循环</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file defines no tasks</source>
        <translation>文件中未定义任何作业</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the file is empty; expected the number of tasks</source>
        <translation>文件为空；应为作业数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>expected the number of tasks, found &quot;%1&quot;</source>
        <translation>此处应为作业数，实际为“%1”</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+79"/>
        <source>%1 tasks is more than the limit of %2</source>
        <translation>%1 个作业超过了上限 %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>the file ends after %1 of %2 task times</source>
        <translation>文件在 %2 个作业时间中的第 %1 个之后就结束了</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>task %1: &quot;%2&quot; is not a valid task time</source>
        <translation>作业 %1：“%2”不是有效的作业时间</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>the end mark &quot;-1,-1&quot; is missing</source>
        <translation>缺少结束标记“-1,-1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>expected a precedence pair &quot;i,j&quot;, found &quot;%1&quot;</source>
        <translation>此处应为优先关系对“i,j”，实际为“%1”</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>the number of tasks must come before this section</source>
        <translation>作业数必须位于此节之前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a section tag such as &lt;number of tasks&gt;</source>
        <translation>此处应为节标记，例如 &lt;number of tasks&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a second number of tasks; the first is on line %1</source>
        <translation>作业数重复出现；第一次位于第 %1 行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a valid cycle time</source>
        <translation>“%1”不是有效的周期时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &quot;task time&quot;, found &quot;%1&quot;</source>
        <translation>此处应为“作业 时间”，实际为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task %1 does not exist; the tasks are numbered 1 to %2</source>
        <translation>作业 %1 不存在；作业编号范围为 1 到 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task %1 has a second time</source>
        <translation>作业 %1 的时间重复给出</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the section &lt;number of tasks&gt; is missing</source>
        <translation>缺少 &lt;number of tasks&gt; 节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task %1 has no time in &lt;task times&gt;</source>
        <translation>作业 %1 在 &lt;task times&gt; 中没有时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end tag &lt;end&gt; is missing</source>
        <translation>缺少结束标记 &lt;end&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
</context>
<context>
    <name>SimBufferCells</name>
    <message>
        <location filename="../app/gui/simulation/simbuffercells.cpp" line="+18"/>
        <source>Between</source>
        <translation>工位之间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity (parts)</source>
        <translation>容量（件）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two stations the buffer lies between</source>
        <translation>缓冲区所在的两个工位之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts that can wait between the stations, not counting those in process; 0: direct hand-off; empty or &quot;unlimited&quot;: no limit</source>
        <translation>两工位之间可等待的工件数，不含正在加工的工件；0：直接传递；留空或“unlimited”：不限</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>There is no gap between stations in row %1.</source>
        <translation>第 %1 行没有工位间隔。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a buffer capacity (a whole number of parts from 0, or &quot;unlimited&quot;).</source>
        <translation>“%1”不是有效的缓冲区容量（应为不小于 0 的整数件数，或“unlimited”）。</translation>
    </message>
</context>
<context>
    <name>SimStationCells</name>
    <message>
        <location filename="../app/gui/simulation/simstationcells.cpp" line="+20"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <translation>并行工作单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTBF (h)</source>
        <translation>MTBF（小时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTTR (min)</source>
        <translation>MTTR（分钟）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability (%)</source>
        <translation>可用率（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup (s)</source>
        <translation>换型（秒）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parallel servers (operators or machines) doing the station&apos;s work</source>
        <translation>完成该工位作业的并行工作单元（操作员或机器）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean operating time between failures in hours; empty: the station never fails</source>
        <translation>平均故障间隔时间（运行时间，单位为小时）；留空：该工位从不故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean time to repair in minutes (exponential)</source>
        <translation>平均修复时间，单位为分钟（指数分布）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTBF / (MTBF + MTTR); typing it sets the MTBF for the repair time</source>
        <translation>MTBF / (MTBF + MTTR)；输入该值将根据修复时间设定 MTBF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changeover time when the product model changes; empty: none</source>
        <translation>产品型号变更时的换型时间；留空：无</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>every %n part(s)</source>
        <translation>
            <numerusform>每 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no station in row %1.</source>
        <translation>第 %1 行没有工位。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a number of servers (a whole number from 1 to 1000).</source>
        <translation>“%1”不是有效的并行工作单元数（应为 1 到 1000 的整数）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MTBF must be more than 0 hours; leave it empty for no failures.</source>
        <translation>MTBF 必须大于 0 小时；如无故障请留空。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the MTBF or the availability first: the station has no failures.</source>
        <translation>请先输入 MTBF 或可用率：该工位没有故障设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MTTR must be more than 0 minutes.</source>
        <translation>MTTR 必须大于 0 分钟。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The availability must be above 0 % and at most 100 %.</source>
        <translation>可用率必须大于 0 % 且不超过 100 %。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>SimTables</name>
    <message>
        <location filename="../app/gui/simulation/simtable.cpp" line="+31"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is not a number of %2 (0 or more).</source>
        <translation>“%1”不是有效的数值（单位：%2，须不小于 0）。</translation>
    </message>
</context>
<context>
    <name>SimTaskCells</name>
    <message>
        <location filename="../app/gui/simulation/simtaskcells.cpp" line="+52"/>
        <source>Deterministic</source>
        <translation>确定型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exponential</source>
        <translation>指数分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lognormal</source>
        <translation>对数正态分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triangular</source>
        <translation>三角分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empirical</source>
        <translation>经验分布</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Task</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base time (s)</source>
        <translation>基准时间（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean (s)</source>
        <translation>均值（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SD (s)</source>
        <translation>标准差（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min (s)</source>
        <translation>最小值（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode (s)</source>
        <translation>众数（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max (s)</source>
        <translation>最大值（秒）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The task time of the line balance; a deterministic task runs at exactly this time</source>
        <translation>生产线平衡中的作业时间；确定型作业严格按此时间执行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the task time scatters from part to part</source>
        <translation>作业时间在各工件之间的离散方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean time; computed for triangular and uniform times</source>
        <translation>平均时间；三角分布和均匀分布时自动计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard deviation of a normal (truncated at 0) or lognormal time</source>
        <translation>正态分布（在 0 处截断）或对数正态分布时间的标准差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest, most likely and largest time of a triangular time; a uniform time uses min and max</source>
        <translation>三角分布时间的最小、最可能和最大时间；均匀分布时间使用最小值和最大值</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Empirical (%n sample(s))</source>
        <translation>
            <numerusform>经验分布（%n 个样本）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no task in row %1.</source>
        <translation>第 %1 行没有作业。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Task names and base times are edited in the line balancing tasks.</source>
        <translation>作业名称和基准时间请在生产线平衡的作业中编辑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a distribution type; choose one of %2.</source>
        <translation>“%1”不是分布类型；请从以下类型中选择：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A %1 time has no %2.</source>
        <translation>类型为“%1”的时间没有“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>SimVerdict</name>
    <message>
        <location filename="../app/gui/simulation/simverdict.cpp" line="+15"/>
        <source>No demand is set for the line, so there is no target to check.</source>
        <translation>该生产线未设置需求，因此没有可检查的目标。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Makes its output: %1 parts/h (%2 %) above the demand.</source>
        <translation>达到产量：比需求高 %1 件/小时（%2 %）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Misses its output by %1 parts/h (%2 % below the demand).</source>
        <translation>未达到产量：差 %1 件/小时（比需求低 %2 %）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncertain: the 95 % interval contains the demand (mean %1 parts/h %2); run more replications to decide.</source>
        <translation>不确定：95 % 置信区间包含需求（均值 %1 件/小时，%2需求）；请增加重复运行次数以作出判定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>低于</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <location filename="../app/cli/cmd_simulate.cpp" line="+65"/>
        <source>simulate: %1: &quot;%2&quot; is not a finite number</source>
        <translation>simulate: %1：“%2”不是有限数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulate: %1: %2 is not a whole number</source>
        <translation>simulate: %1：%2 不是整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulate: %1: %2 is outside the accepted range (%3 %4 to %5)</source>
        <translation>simulate: %1：%2 超出允许范围（%3 %4 至 %5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>simulate: --seed: &quot;%1&quot; is not a whole number from 0 to 2^64 - 1</source>
        <translation>simulate: --seed：“%1”不是 0 到 2^64 - 1 之间的整数</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: the project has no variants</source>
        <translation>%1：项目中没有方案</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: variant &apos;%2&apos;, line &apos;%3&apos;: %4</source>
        <translation>%1：方案“%2”，生产线“%3”：%4</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no buffer allocation reaches the goal</source>
        <translation>没有任何缓冲区分配能达到目标</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored the buffers in line &apos;%1&apos; of variant &apos;%2&apos;.</source>
        <translation>已将缓冲区保存到方案“%2”的生产线“%1”中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the line piles up more than %1 parts: its releases outpace it, so an unlimited buffer or the queue in front of the first station grows without end and no figure would settle; limit a buffer or release fewer parts</source>
        <translation>生产线积压超过 %1 件：投料快于生产线的加工能力，因此不限容量的缓冲区或第一个工位前的队列会无限增长，各项指标无法稳定；请限制某个缓冲区的容量或减少投料</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stored the result in line &apos;%1&apos; of variant &apos;%2&apos;.</source>
        <translation>已将结果保存到方案“%2”的生产线“%1”中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Simulates a production line with variable times, failures and finite buffers (discrete-event simulation; see docs/simulation.md).</source>
        <translation>对具有可变时间、故障和有限缓冲区的生产线进行仿真（离散事件仿真；参见 docs/simulation.md）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .taktflow project or a line model .json file.</source>
        <translation>.taktflow 项目或生产线模型 .json 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project input: the variant (default: the first).</source>
        <translation>项目输入：方案（默认：第一个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project input: the line id or name (default: the first).</source>
        <translation>项目输入：生产线编号或名称（默认：第一条）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated seconds per replication after the warm-up (default: the project&apos;s run settings; for a .json one 8-hour shift, 28800).</source>
        <translation>预热期之后每次重复运行的仿真秒数（默认：项目的运行设置；.json 输入为一个 8 小时班次，即 28800）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up in simulated seconds, not counted (default: the project&apos;s; 0).</source>
        <translation>预热期的仿真秒数，不计入结果（默认：项目的设置；0）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independent replications (default: the project&apos;s; 10).</source>
        <translation>独立重复运行次数（默认：项目的设置；10）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the random streams (default: the project&apos;s; 1).</source>
        <translation>随机数流的种子（默认：项目的设置；1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker threads, 0 = all cores (default); the result does not depend on it.</source>
        <translation>工作线程数，0 = 使用全部核心（默认）；结果与之无关。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project input: store the result (or the sized buffers) in the project&apos;s line.</source>
        <translation>项目输入：将结果（或确定的缓冲区容量）保存到项目的生产线中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search buffer capacities instead; prints JSON.</source>
        <translation>改为搜索缓冲区容量；输出 JSON。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buffer sizing: the smallest total capacity reaching this throughput.</source>
        <translation>缓冲区容量确定：达到此产出率所需的最小总容量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer sizing: the best throughput with this total capacity.</source>
        <translation>缓冲区容量确定：在此总容量下的最佳产出率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer sizing: the largest total capacity to try (default 100).</source>
        <translation>缓冲区容量确定：尝试的最大总容量（默认 100）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>simulate: %1: --apply, --variant and --line need a .taktflow project as INPUT</source>
        <translation>simulate: %1：--apply、--variant 和 --line 需要以 .taktflow 项目作为 INPUT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulate: --size-buffers needs exactly one of --target-per-hour and --total-capacity</source>
        <translation>simulate: --size-buffers 需要且只需要 --target-per-hour 和 --total-capacity 之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulate: --target-per-hour, --total-capacity and --max-total need --size-buffers</source>
        <translation>simulate: --target-per-hour、--total-capacity 和 --max-total 需要与 --size-buffers 一起使用</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>simulate: %1: %2</source>
        <translation>simulate: %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/simulateoutput.cpp" line="+147"/>
        <source>%n replication(s) of %1 s after a warm-up of %2 s, seed %3</source>
        <translation>
            <numerusform>%n 次重复运行，每次 %1 秒（预热期 %2 秒），随机种子 %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throughput: %1 per hour (95 % CI %2 to %3)</source>
        <translation>产出率：每小时 %1 件（95 % 置信区间 %2 至 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output: %1 units per replication</source>
        <translation>产量：每次重复运行 %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WIP: %1 parts on average</source>
        <translation>在制品 (WIP)：平均 %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time: mean %1 s, 95th percentile %2 s</source>
        <translation>生产周期：均值 %1 秒，第 95 百分位数 %2 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demand: %1 per hour, met on average</source>
        <translation>需求：每小时 %1 件，平均可满足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand: %1 per hour, NOT met on average</source>
        <translation>需求：每小时 %1 件，平均未能满足</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bottleneck: %1</source>
        <translation>瓶颈：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>working %</source>
        <translation>加工 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>starved %</source>
        <translation>缺料等待 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked %</source>
        <translation>阻塞 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed %</source>
        <translation>故障 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setup %</source>
        <translation>换型 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused %</source>
        <translation>暂停 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottleneck %</source>
        <translation>瓶颈 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Buffer %1: capacity %2, mean content %3, max %4</source>
        <translation>缓冲区 %1：容量 %2，平均存量 %3，最大 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transporter %1: utilisation %2 %, empty travel %3 %</source>
        <translation>搬运工具 %1：利用率 %2 %，空驶 %3 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 events in %2 s wall time</source>
        <translation>%1 个事件，实际耗时 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_simulate.cpp" line="-262"/>
        <source>%1: variant &apos;%2&apos; has no production line to simulate</source>
        <translation>%1：方案“%2”中没有可仿真的生产线</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: variant &apos;%2&apos; has no line named &apos;%3&apos; (lines: %4)</source>
        <translation>%1：方案“%2”中没有名为“%3”的生产线（现有生产线：%4）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>replication %1 of %2</source>
        <translation>第 %1 次重复运行，共 %2 次</translation>
    </message>
</context>
<context>
    <name>SimulationComparison</name>
    <message>
        <location filename="../core/compare/simulationcomparison.cpp" line="-32"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>saturated (a part always waiting)</source>
        <translation>饱和投料（始终有工件等待）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part every takt</source>
        <translation>每个节拍投入一件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random inter-arrival times</source>
        <translation>随机到达间隔时间</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n replication(s)</source>
        <translation>
            <numerusform>%n 次重复运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 after a warm-up of %3, seed %4, source: %5</source>
        <translation>%1，每次 %2（预热期 %3），随机种子 %4，投料源：%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2, seed %3, source: %4</source>
        <translation>%1，每次 %2，随机种子 %3，投料源：%4</translation>
    </message>
</context>
<context>
    <name>SimulationDistribution</name>
    <message>
        <location filename="../core/simulation/distribution.cpp" line="+33"/>
        <source>the time must be a finite number of seconds, at least 0</source>
        <translation>时间必须是有限的秒数，且不小于 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mean and standard deviation must be finite numbers of seconds, at least 0</source>
        <translation>均值和标准差必须是有限的秒数，且不小于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lognormal time with a spread needs a mean above 0</source>
        <translation>有离散的对数正态分布时间需要大于 0 的均值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minimum, mode and maximum must be finite numbers of seconds, at least 0</source>
        <translation>最小值、众数和最大值必须是有限的秒数，且不小于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a triangular time needs minimum &lt;= mode &lt;= maximum</source>
        <translation>三角分布时间需要满足 最小值 &lt;= 众数 &lt;= 最大值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minimum and maximum must be finite numbers of seconds, at least 0</source>
        <translation>最小值和最大值必须是有限的秒数，且不小于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a uniform time needs minimum &lt;= maximum</source>
        <translation>均匀分布时间需要满足 最小值 &lt;= 最大值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an empirical time needs at least one sample</source>
        <translation>经验分布时间至少需要一个样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every sample must be a finite number of seconds, at least 0</source>
        <translation>每个样本都必须是有限的秒数，且不小于 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown distribution</source>
        <translation>未知分布</translation>
    </message>
</context>
<context>
    <name>SimulationJson</name>
    <message>
        <location filename="../core/io/simulationjson.cpp" line="+105"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a JSON object</source>
        <translation>此处应为 JSON 对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a JSON array</source>
        <translation>此处应为 JSON 数组</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+82"/>
        <location line="+14"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>expected a number</source>
        <translation>此处应为数字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number</source>
        <translation>此处应为整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected true or false</source>
        <translation>此处应为 true 或 false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a text</source>
        <translation>此处应为文本</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value &apos;%1&apos;</source>
        <translation>未知值“%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown distribution &apos;%1&apos;</source>
        <translation>未知分布“%1”</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>&apos;%1&apos; is not a whole number from 0 to 2^64 - 1</source>
        <translation>“%1”不是 0 到 2^64 - 1 之间的整数</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>%1: not a finite number</source>
        <translation>%1：不是有限数值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>SimulationPalette</name>
    <message>
        <location filename="../app/render/simulationpalette.cpp" line="+33"/>
        <source>Working</source>
        <translation>加工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starved</source>
        <translation>缺料等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>阻塞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup</source>
        <translation>换型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>StationMoveRules</name>
    <message>
        <location filename="../app/gui/line/stationmoverules.cpp" line="+23"/>
        <source>%1 needs a %2 station; station %3 is %4.</source>
        <translation>%1 需要%2工位；工位 %3 为%4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is manual work; station %2 is a %3 station.</source>
        <translation>%1 为手工作业；工位 %2 是%3工位。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must come after %2, which is at station %3.</source>
        <translation>%1 必须在 %2 之后，而 %2 位于工位 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must come before %2, which is at station %3.</source>
        <translation>%1 必须在 %2 之前，而 %2 位于工位 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is fixed to station %2.</source>
        <translation>%1 固定在工位 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must share a station with %2, which is at station %3.</source>
        <translation>%1 必须与 %2 共用工位，而 %2 位于工位 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must not share a station with %2.</source>
        <translation>%1 不得与 %2 共用工位。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Station %1 would take %2 s, more than the takt time of %3 s.</source>
        <translation>工位 %1 将需要 %2 秒，超过节拍时间 %3 秒。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no task %1.</source>
        <translation>不存在作业 %1。</translation>
    </message>
</context>
<context>
    <name>StationStateChart</name>
    <message>
        <location filename="../app/render/stationstatechart.cpp" line="+202"/>
        <location line="+67"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>No station states</source>
        <translation>无工位状态</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/migrations/migrations.cpp" line="+44"/>
        <source>upgrade from schema version %1 failed: %2</source>
        <translation>从模式版本 %1 升级失败：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown schema version %1</source>
        <translation>未知的模式版本 %1</translation>
    </message>
    <message>
        <location filename="../core/storage/projectreader.cpp" line="+41"/>
        <location line="+2"/>
        <location line="+60"/>
        <location filename="../core/storage/simulationstore.cpp" line="+49"/>
        <source>table %1: %2</source>
        <translation>表 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table %1 has %2 rows, more than the limit of %3</source>
        <translation>表 %1 有 %2 行，超过上限 %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>transport &apos;%1&apos;: unknown kind &apos;%2&apos;</source>
        <translation>搬运方式“%1”：未知类型“%2”</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>variant &apos;%1&apos;: unknown distance metric &apos;%2&apos;</source>
        <translation>方案“%1”：未知的距离度量“%2”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>item &apos;%1&apos; belongs to no variant</source>
        <translation>对象“%1”不属于任何方案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item &apos;%1&apos;: unknown type &apos;%2&apos;</source>
        <translation>对象“%1”：未知类型“%2”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>outline point of missing item &apos;%1&apos;</source>
        <translation>缺失对象“%1”的轮廓点</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line &apos;%1&apos; belongs to no variant</source>
        <translation>生产线“%1”不属于任何方案</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>model &apos;%1&apos; belongs to no line</source>
        <translation>型号“%1”不属于任何生产线</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>zoning rule belongs to no line</source>
        <translation>分区规则不属于任何生产线</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>station belongs to no line</source>
        <translation>工位不属于任何生产线</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>station task &apos;%1&apos; belongs to no station</source>
        <translation>工位作业“%1”不属于任何工位</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task &apos;%1&apos; belongs to no line</source>
        <translation>作业“%1”不属于任何生产线</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>predecessor of missing task &apos;%1&apos;</source>
        <translation>缺失作业“%1”的前序关系</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>model time of missing task &apos;%1&apos;</source>
        <translation>缺失作业“%1”的型号时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>product &apos;%1&apos; belongs to no variant</source>
        <translation>产品“%1”不属于任何方案</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>routing step of missing product &apos;%1&apos;</source>
        <translation>缺失产品“%1”的工艺路线步骤</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>flow belongs to no variant</source>
        <translation>物流不属于任何方案</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitedb.cpp" line="+221"/>
        <source>column &apos;%1&apos; holds %2, expected %3</source>
        <translation>列“%1”的值为 %2，应为 %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>column &apos;%1&apos; holds a text of %2 bytes, more than %3</source>
        <translation>列 &apos;%1&apos; 中的文本有 %2 字节，超过上限 %3</translation>
    </message>
    <message>
        <location filename="../core/storage/backgroundstore.cpp" line="+22"/>
        <source>variant &apos;%1&apos;: the background plan holds %2 MiB, more than the limit of %3 MiB</source>
        <translation>方案“%1”：背景图为 %2 MiB，超过 %3 MiB 的上限</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>background plan of missing variant &apos;%1&apos;</source>
        <translation>不存在的方案“%1”的背景图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>variant &apos;%1&apos;: unknown background kind &apos;%2&apos;</source>
        <translation>方案“%1”：未知的背景类型“%2”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>variant &apos;%1&apos;: background scale %2 m per unit is not a positive number</source>
        <translation>方案“%1”：背景比例 %2 m/单位不是正数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>variant &apos;%1&apos;: the background plan&apos;s position is not finite</source>
        <translation>方案“%1”：背景图的位置不是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>variant &apos;%1&apos;: background opacity %2 is outside 0 to 1</source>
        <translation>方案“%1”：背景不透明度 %2 超出 0 到 1 的范围</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>table background: %1</source>
        <translation>背景表：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/simulationstore.cpp" line="-22"/>
        <source>variant &apos;%1&apos;, line &apos;%2&apos;: %3</source>
        <translation>方案“%1”，生产线“%2”：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulation parameters: %1</source>
        <translation>仿真参数：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last simulation result: %1</source>
        <translation>最近的仿真结果：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 KiB as text, more than the limit of %2 KiB (fewer empirical samples?)</source>
        <translation>文本形式为 %1 KiB，超过 %2 KiB 的上限（可减少经验分布样本？）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>simulation parameters of missing line &apos;%1&apos; in variant &apos;%2&apos;</source>
        <translation>方案“%2”中缺失生产线“%1”的仿真参数</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>simulation result of missing line &apos;%1&apos; in variant &apos;%2&apos;</source>
        <translation>方案“%2”中缺失生产线“%1”的仿真结果</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 replications is out of range</source>
        <translation>重复运行次数 %1 超出范围</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>simulation result station of missing line &apos;%1&apos; in variant &apos;%2&apos;</source>
        <translation>方案“%2”中缺失生产线“%1”的仿真结果工位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>station %1 is missing</source>
        <translation>缺少工位 %1</translation>
    </message>
</context>
<context>
    <name>TaktDerivation</name>
    <message>
        <location filename="../app/gui/line/taktderivation.cpp" line="+16"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 units</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a demand and an available time above zero to get a takt time.</source>
        <translation>请输入大于零的需求量和可用时间以得到节拍时间。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No takt time: %1.</source>
        <translation>无节拍时间：%1。</translation>
    </message>
</context>
<context>
    <name>TaktTime</name>
    <message>
        <location filename="../core/balance/takttime.cpp" line="+25"/>
        <source>the number of shifts per period must be at least 1</source>
        <translation>每期班次数必须至少为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shift length must be positive</source>
        <translation>班次时长必须为正数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breaks and planned downtime cannot be negative</source>
        <translation>休息时间和计划停机时间不能为负数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the breaks are as long as the shift or longer</source>
        <translation>休息时间不短于班次时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the planned efficiency must be greater than 0 and at most 1 (100 %)</source>
        <translation>计划效率必须大于 0 且不超过 1（100 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the demand per period must be greater than zero</source>
        <translation>每期需求量必须大于零</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>planned downtime uses up all working time of the period</source>
        <translation>计划停机时间占用了该期全部工作时间</translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <location filename="../app/gui/line/taskcells.cpp" line="+32"/>
        <source>&apos;%1&apos; is not a time in seconds (a number of 0 or more).</source>
        <translation>“%1”不是以秒为单位的时间（应为 0 或更大的数）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A task needs an id.</source>
        <translation>作业需要编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A task id may not contain blanks, &apos;;&apos;, &apos;,&apos; or &apos;+&apos;, nor start with &apos;-&apos;.</source>
        <translation>作业编号不能包含空格、“;”、“,”或“+”，也不能以“-”开头。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a task %1.</source>
        <translation>已存在作业 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot precede itself.</source>
        <translation>%1 不能是自身的前序作业。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no task %1.</source>
        <translation>不存在作业 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 before %2 would close a cycle: %2 already comes before %1.</source>
        <translation>%1 先于 %2 会形成循环：%2 已经先于 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Zoning names &apos;%1&apos;, which is not another task of this line. Write +T3 for &quot;same station as T3&quot;, -T5 for &quot;not with T5&quot;.</source>
        <translation>分区规则引用的“%1”不是本生产线的其他作业。写 +T3 表示“与 T3 同一工位”，-T5 表示“不与 T5 同一工位”。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not a station number (1, 2, ...; empty for none).</source>
        <translation>“%1”不是工位编号（1、2……；留空表示无）。</translation>
    </message>
</context>
<context>
    <name>TaskPaste</name>
    <message>
        <location filename="../app/gui/line/taskpaste.cpp" line="+36"/>
        <source>%1: task %2 exists already in this line.</source>
        <translation>%1：本生产线中已存在作业 %2。</translation>
    </message>
    <message>
        <location filename="../app/gui/cellpaste.cpp" line="+50"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>剪贴板中没有可粘贴的文本。</translation>
    </message>
    <message>
        <location filename="../app/gui/line/taskpaste.cpp" line="+20"/>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <location filename="../app/gui/cellpaste.cpp" line="-11"/>
        <source>Pasted row %1, column %2: %3</source>
        <translation>粘贴的第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/line/taskpaste.cpp" line="+27"/>
        <source>The paste would make a precedence cycle: %1</source>
        <translation>粘贴会导致优先关系循环：%1</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <location filename="../app/render/timeserieschart.cpp" line="+35"/>
        <source>Throughput</source>
        <translation>产出率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>WIP</source>
        <translation>在制品 (WIP)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>warm-up</source>
        <translation>预热期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>simulated time (h)</source>
        <translation>仿真时间（小时）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/model/validation.cpp" line="+26"/>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>negative %1: %2</source>
        <translation>%1 为负数：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be greater than zero, is %2</source>
        <translation>%1 必须大于零，当前为 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 with an empty id</source>
        <translation>%1的编号为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate %1 id &apos;%2&apos;</source>
        <translation>%1编号“%2”重复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> / item &apos;%1&apos;</source>
        <translation> / 对象“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation</source>
        <translation>旋转角度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearance</source>
        <translation>安全间距</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automation level %1 is outside 0..1</source>
        <translation>自动化程度 %1 超出 0..1 的范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outline has %1 points, needs at least 3</source>
        <translation>轮廓有 %1 个点，至少需要 3 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>outline point</source>
        <translation>轮廓点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demand</source>
        <translation>需求量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available time</source>
        <translation>可用时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> / task &apos;%1&apos;</source>
        <translation> / 作业“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automated time</source>
        <translation>自动化时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed station %1 is not a station number</source>
        <translation>固定工位 %1 不是有效的工位编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time for model &apos;%1&apos;</source>
        <translation>型号“%1”的时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the task precedes itself</source>
        <translation>该作业是自身的前序作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predecessor &apos;%1&apos; does not exist</source>
        <translation>前序作业“%1”不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>precedence cycle: %1</source>
        <translation>优先关系循环：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>zoning rule names missing task &apos;%1&apos;</source>
        <translation>分区规则引用了缺失的作业“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> / station %1</source>
        <translation> / 工位 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replicas must be at least 1, is %1</source>
        <translation>并行工位数必须至少为 1，当前为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assigned task &apos;%1&apos; does not exist</source>
        <translation>已分配的作业“%1”不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task &apos;%1&apos; is assigned to more than one station</source>
        <translation>作业“%1”被分配到多个工位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>variant &apos;%1&apos;</source>
        <translation>方案“%1”</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>floor width</source>
        <translation>厂房宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>floor depth</source>
        <translation>厂房深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum aisle width</source>
        <translation>最小通道宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> / background plan</source>
        <translation> / 背景图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin x</source>
        <translation>原点 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin y</source>
        <translation>原点 y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opacity %1 is outside 0 to 1</source>
        <translation>不透明度 %1 超出 0 到 1 的范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <translation>生产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> / line &apos;%1&apos;</source>
        <translation> / 生产线“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default transport &apos;%1&apos; does not exist</source>
        <translation>默认搬运方式“%1”不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> / product &apos;%1&apos;</source>
        <translation> / 产品“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>units per period</source>
        <translation>每期件数</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>routing step &apos;%1&apos; is not an item</source>
        <translation>工艺路线步骤“%1”不是对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>transport &apos;%1&apos; does not exist</source>
        <translation>搬运方式“%1”不存在</translation>
    </message>
    <message>
        <location line="-7"/>
        <source> / flow %1 -&gt; %2</source>
        <translation> / 物流 %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow from missing item &apos;%1&apos;</source>
        <translation>来自缺失对象“%1”的物流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flow to missing item &apos;%1&apos;</source>
        <translation>流向缺失对象“%1”的物流</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variant</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transport</source>
        <translation>搬运方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate variant name &apos;%1&apos;</source>
        <translation>方案名称“%1”重复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> / transport &apos;%1&apos;</source>
        <translation> / 搬运方式“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per metre</source>
        <translation>每米成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units per trip</source>
        <translation>每趟件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy per km</source>
        <translation>每公里能耗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grid emission factor</source>
        <translation>电网排放因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running hours</source>
        <translation>运行小时数</translation>
    </message>
</context>
<context>
    <name>VertexEditor</name>
    <message>
        <location filename="../app/gui/layout/vertexeditor.cpp" line="+111"/>
        <location line="+12"/>
        <location line="+2"/>
        <source>Move corner</source>
        <translation>移动顶点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corner not moved: %1</source>
        <translation>未移动顶点：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Corner not inserted: %1</source>
        <translation>未插入顶点：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert corner</source>
        <translation>插入顶点</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Corner not deleted: an outline keeps at least three corners</source>
        <translation>未删除顶点：轮廓至少保留三个顶点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corner not deleted: %1</source>
        <translation>未删除顶点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete corner</source>
        <translation>删除顶点</translation>
    </message>
</context>
<context>
    <name>Yamazumi</name>
    <message>
        <location filename="../app/render/yamazumichart.cpp" line="+47"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>takt</source>
        <translation>节拍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycle</source>
        <translation>周期</translation>
    </message>
</context>
<context>
    <name>taktflow::app::AnimationPage</name>
    <message>
        <location filename="../app/gui/simulation/animationpage.cpp" line="+73"/>
        <source>&amp;Record Animation</source>
        <translation>录制动画(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play or pause the animation</source>
        <translation>播放或暂停动画</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated seconds per real second</source>
        <translation>每实际秒对应的仿真秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the first replication of the shown line with its saved parameters and seed</source>
        <translation>使用已保存的参数和随机种子录制所示生产线的第一次重复运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run the simulation, or press Record Animation, to see the line played on the floor.</source>
        <translation>运行仿真或按“录制动画”，即可在车间平面上播放该生产线。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The recording stopped after %Ln events: the animation shows the first %1 (h:mm:ss) of the run; the results cover all of it.</source>
        <translation>
            <numerusform>录制在 %Ln 个事件后停止：动画显示运行的前 %1（h:mm:ss）；结果涵盖整个运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (h:mm:ss)</source>
        <translation>%1（h:mm:ss）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 / %2 (h:mm:ss)</source>
        <translation>%1 / %2（h:mm:ss）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the warm-up, not counted in the results</source>
        <translation>处于预热期，不计入结果</translation>
    </message>
</context>
<context>
    <name>taktflow::app::AnimationRecorder</name>
    <message>
        <location filename="../app/gui/simulation/animationrecorder.cpp" line="+41"/>
        <source>There is no production line to animate in this variant.</source>
        <translation>该方案中没有可播放动画的生产线。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The line cannot be simulated: %1</source>
        <translation>该生产线无法仿真：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording the first replication for the animation...</source>
        <translation>正在为动画录制第一次重复运行……</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The recorded line was removed; run the simulation again to see it.</source>
        <translation>已录制的生产线已被删除；请重新运行仿真以查看。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ArrangementResultDialog</name>
    <message>
        <location filename="../app/gui/layout/arrangementdialogs.cpp" line="+10"/>
        <source>Suggested Arrangement</source>
        <translation>建议的排布</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A better arrangement of %n item(s) was found.</source>
        <translation>
            <numerusform>已为 %n 个对象找到更好的排布。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No better arrangement was found; the current one is kept.</source>
        <translation>未找到更好的排布；保留当前排布。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search was cancelled; this is the best found until then.</source>
        <translation>搜索已取消；这是截至取消时找到的最佳结果。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 → %2%3</source>
        <translation>%1 → %2%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flow distance (units x m per period):</source>
        <translation>物流距离（每期 件×米）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport cost per period:</source>
        <translation>每期搬运成本：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlapping item pairs:</source>
        <translation>重叠的对象对数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distances:</source>
        <translation>距离：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s, %2 tabu steps</source>
        <translation>%1 秒，%2 步禁忌搜索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items of different sizes trade places, so some now overlap: check the layout before building on it, or choose items of similar size.</source>
        <translation>尺寸不同的对象互换了位置，因此部分对象出现重叠：请先检查布局再继续使用，或选择尺寸相近的对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add as &amp;New Variant</source>
        <translation>添加为新方案(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply to Current Variant</source>
        <translation>应用到当前方案(&amp;A)</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ArrangementSetupDialog</name>
    <message>
        <location line="-177"/>
        <source>Suggest Arrangement</source>
        <translation>建议排布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checked items trade places among their current positions, or take slots on a grid, so that units x distance over all flows is smallest. Fixed items stay where they are.</source>
        <translation>勾选的对象在其当前位置之间互换，或占用网格上的位置，使所有物流的件数×距离之和最小。已固定的对象保持原位。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Place on a grid of slots instead of the current positions</source>
        <translation>放置到网格位置上，而不是当前位置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>First slot centre x (m):</source>
        <translation>第一个位置中心 x（米）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slot centre y (m):</source>
        <translation>第一个位置中心 y（米）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacing along x (m):</source>
        <translation>x 方向间距（米）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacing along y (m):</source>
        <translation>y 方向间距（米）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit (seconds):</source>
        <translation>时间限制（秒）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another seed explores other arrangements.</source>
        <translation>不同的随机种子会探索不同的排布。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ArrangementTask</name>
    <message>
        <location filename="../app/gui/layout/arrangementtask.cpp" line="+126"/>
        <source>Choose at least two items that may move.</source>
        <translation>请至少选择两个可移动的对象。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggesting an arrangement for %1</source>
        <translation>正在为 %1 寻找排布方案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The arrangement search failed.</source>
        <translation>排布搜索失败。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add suggested arrangement</source>
        <translation>添加建议的排布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The layout changed since the search started; run Suggest Arrangement again.</source>
        <translation>搜索开始后布局已发生变化；请重新运行“建议排布”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply suggested arrangement</source>
        <translation>应用建议的排布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: suggested arrangement applied</source>
        <translation>%1：已应用建议的排布</translation>
    </message>
</context>
<context>
    <name>taktflow::app::BalancePanel</name>
    <message>
        <location filename="../app/gui/line/balancepanel.cpp" line="+36"/>
        <location line="+23"/>
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fewest stations at takt (SALBP-1)</source>
        <translation>按节拍求最少工位数（SALBP-1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest cycle with</source>
        <translation>最短周期，工位数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> stations</source>
        <translation> 个工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALBP-2: the shortest cycle time for a given number of stations</source>
        <translation>SALBP-2：给定工位数下的最短周期时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact (time limit)</source>
        <translation>精确求解（有时间限制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast heuristic</source>
        <translation>快速启发式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the result as the line&apos;s stations (one undoable step)</source>
        <translation>将结果设为该生产线的工位（一步可撤销操作）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Balancing...</source>
        <translation>正在平衡……</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling...</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Searching: %1 s; stations between %2 and %3</source>
        <translation>搜索中：%1 秒；工位数在 %2 到 %3 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching: %1 s; cycle between %2 s and %3 s</source>
        <translation>搜索中：%1 秒；周期在 %2 秒到 %3 秒之间</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not proven optimal</source>
        <translation>未证明最优</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>lower bound %n station(s)</source>
        <translation>
            <numerusform>下界 %n 个工位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower bound %1 s</source>
        <translation>下界 %1 秒</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n station(s), cycle time %1 s
%2, %3 (%4 s)</source>
        <translation>
            <numerusform>%n 个工位，周期时间 %1 秒
%2，%3（%4 秒）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The tasks changed since this balance; balance again.</source>
        <translation>此次平衡后作业已发生变化；请重新平衡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance line (SALBP-1)</source>
        <translation>生产线平衡（SALBP-1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance line (SALBP-2)</source>
        <translation>生产线平衡（SALBP-2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::BottleneckMarker</name>
    <message>
        <location filename="../app/gui/layout/bottleneckmarker.cpp" line="+60"/>
        <source>Bottleneck of line %1 in the last simulation: station %2 (%3), the bottleneck %4 % of the time</source>
        <translation>生产线 %1 最近一次仿真的瓶颈：工位 %2（%3），%4 % 的时间为瓶颈</translation>
    </message>
</context>
<context>
    <name>taktflow::app::BufferSizingDialog</name>
    <message>
        <location filename="../app/gui/simulation/buffersizingdialog.cpp" line="+64"/>
        <source>Size buffers</source>
        <translation>确定缓冲区容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest total buffer that reaches</source>
        <translation>达到以下产出率的最小缓冲区总容量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best throughput with a total buffer of</source>
        <translation>缓冲区总容量为以下值时的最佳产出率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> parts/h</source>
        <translation> 件/小时</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source> parts</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest total buffer the search may try</source>
        <translation>搜索可尝试的最大缓冲区总容量</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search up to</source>
        <translation>搜索上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel search</source>
        <translation>取消搜索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the search; nothing is changed</source>
        <translation>停止搜索；不做任何更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate buffer allocations in the background until the goal is met</source>
        <translation>在后台仿真各种缓冲区分配，直到达到目标</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply to Current Variant</source>
        <translation>应用到当前方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add as New Variant</source>
        <translation>添加为新方案</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The line is gone; close the dialog.</source>
        <translation>该生产线已不存在；请关闭对话框。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot size the buffers: %1</source>
        <translation>无法确定缓冲区容量：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching: every candidate is simulated with the same random numbers...</source>
        <translation>搜索中：每个候选方案都使用相同的随机数进行仿真……</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Cancelled after %n evaluation(s).</source>
        <translation>
            <numerusform>已在评估 %n 次后取消。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No allocation within the search limit reaches the goal.</source>
        <translation>搜索上限内没有任何分配能达到目标。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Total %1 parts (%2 per gap) gives %3 parts/h (95 %: %4 – %5); %n allocation(s) simulated.</source>
        <translation>
            <numerusform>总计 %1 件（每个间隔 %2）可达 %3 件/小时（95 %：%4 – %5）；已仿真 %n 种分配。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (sized buffers)</source>
        <translation>%1（已确定缓冲区容量）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add variant %1 with sized buffers</source>
        <translation>添加已确定缓冲区容量的方案 %1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::CompareWorkspace</name>
    <message>
        <location filename="../app/gui/compare/compareworkspace.cpp" line="+43"/>
        <source>Tick the variants to compare</source>
        <translation>勾选要比较的方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants to compare</source>
        <translation>要比较的方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltas are shown against this variant</source>
        <translation>差值相对于此方案显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best value per row in bold on green; (+d, +x%) is the change against the baseline</source>
        <translation>每行最优值以绿底粗体显示；(+d, +x%) 为相对基准方案的变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variants ranked by the weighted score (1 = best on every weighted KPI)</source>
        <translation>按加权得分排列的方案（1 = 各项加权 KPI 均为最优）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chosen variants at one scale, or what changed between two</source>
        <translation>以同一比例显示所选方案，或显示两个方案之间的差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference from this variant</source>
        <translation>从此方案开始比较差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... to this variant</source>
        <translation>……到此方案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variants</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>No KPI weights are set: ranked with equal weights over the %n KPI(s) that every variant has and that have a better direction</source>
        <translation>
            <numerusform>未设置 KPI 权重：已按等权重对所有方案共有且有优劣方向的 %n 项 KPI 排名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranking by weighted score</source>
        <translation>按加权得分排名</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This variant has no simulation result yet: run it in the Simulation workspace</source>
        <translation>该方案尚无仿真结果：请在“仿真”工作区中运行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1, simulated %2</source>
        <translation>生产线 %1，仿真于 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput 95 % interval: %1 to %2 units/h</source>
        <translation>产出率 95 % 置信区间：%1 至 %2 件/小时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(stale)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale: the line or layout changed after this run; run the simulation again</source>
        <translation>已过期：本次运行后生产线或布局已更改；请重新运行仿真</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight of %1 in the score (0 = not scored)</source>
        <translation>%1 在得分中的权重（0 = 不计分）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not simulated</source>
        <translation>未仿真</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Best value</source>
        <translation>最优值</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1. %2 (score %3)</source>
        <translation>%1. %2（得分 %3）</translation>
    </message>
</context>
<context>
    <name>taktflow::app::CsvImportDialog</name>
    <message>
        <location filename="../app/gui/exchange/csvimportdialog.cpp" line="+53"/>
        <source>Unique id of the row</source>
        <translation>行的唯一 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name shown in tables and drawings</source>
        <translation>在表格和图纸中显示的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task time in seconds</source>
        <translation>作业时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ids of the tasks that come first, separated by &apos;;&apos;</source>
        <translation>紧前作业的 ID，以 &apos;;&apos; 分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated: 0/1, true/false (items: also a share 0..1)</source>
        <translation>是否自动化：0/1、true/false（对象：也可为 0..1 的比例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task time when automated, in seconds</source>
        <translation>自动化时的作业时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource the station must offer (robot, press ...)</source>
        <translation>工位必须提供的资源（机器人、压力机 ...）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station number the task is fixed to (1-based)</source>
        <translation>作业固定分配到的工位编号（从 1 开始）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item type: machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</source>
        <translation>对象类型：machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre x in metres</source>
        <translation>中心 x（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre y in metres</source>
        <translation>中心 y（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in metres</source>
        <translation>宽度（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth in metres</source>
        <translation>深度（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation in degrees, counter-clockwise</source>
        <translation>旋转角度（度，逆时针）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in metres</source>
        <translation>高度（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected power in kW</source>
        <translation>装机功率（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service clearance around the item in metres</source>
        <translation>对象周围的维护间隙（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id of the item the material leaves</source>
        <translation>物料流出对象的 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id of the item the material goes to</source>
        <translation>物料流入对象的 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units moved per period</source>
        <translation>每周期搬运的数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product id</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport means id</source>
        <translation>运输工具 ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tasks</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>items</source>
        <translation>布局对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>flows</source>
        <translation>物流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 from CSV</source>
        <translation>从 CSV 导入%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The character between the columns of the file</source>
        <translation>文件中各列之间的分隔字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimal comma (12,5)</source>
        <translation>小数逗号 (12,5)(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal comma; a point separates thousands</source>
        <translation>数字以逗号作小数点，以句点作千位分隔符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update rows with the same id, add new ones</source>
        <translation>更新相同 ID 的行，添加新行(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep what the variant has; rows whose id exists replace that entry</source>
        <translation>保留方案中的现有内容；ID 已存在的行将替换对应条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace all existing</source>
        <translation>替换所有现有内容(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file becomes the variant&apos;s complete list</source>
        <translation>文件内容将成为方案的完整列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to the existing flows</source>
        <translation>添加到现有物流(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the variant&apos;s flows and append the file&apos;s</source>
        <translation>保留方案中的物流，并追加文件中的物流</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The header and the first rows of the file as read with the chosen separator</source>
        <translation>按所选分隔符读取的文件表头和前几行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns (* required)</source>
        <translation>列（* 为必填）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems that stop the import, as file:line: reason</source>
        <translation>阻止导入的问题，格式为 文件:行号: 原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the rows as one undoable step</source>
        <translation>将这些行作为一个可撤销的步骤导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without importing</source>
        <translation>关闭而不导入</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>(not in the file)</source>
        <translation>（不在文件中）</translation>
    </message>
</context>
<context>
    <name>taktflow::app::DataExchange</name>
    <message>
        <location filename="../app/gui/exchange/dataexchange.cpp" line="-9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 和文本文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+156"/>
        <source>There is no variant to import into.</source>
        <translation>没有可导入的目标方案。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Import tasks from %1</source>
        <translation>从 %1 导入作业</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import items from %1</source>
        <translation>从 %1 导入对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import flows from %1</source>
        <translation>从 %1 导入物流</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>There is no variant to export.</source>
        <translation>没有可导出的方案。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export project as JSON</source>
        <translation>将项目导出为 JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import layout items from DXF</source>
        <translation>从 DXF 导入布局对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DXF drawings (*.dxf);;All files (*)</source>
        <translation>DXF 图纸 (*.dxf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick at least one layer to import.</source>
        <translation>请至少勾选一个要导入的图层。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Import %n item(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个对象</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::DxfItemsDialog</name>
    <message>
        <location filename="../app/gui/exchange/dxfitemsdialog.cpp" line="+22"/>
        <source>Import layout items from %1</source>
        <translation>从 %1 导入布局对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed polylines</source>
        <translation>闭合多段线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers of the drawing</source>
        <translation>图纸的图层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the layers whose closed polylines become items and choose each layer&apos;s item type</source>
        <translation>勾选要将其闭合多段线转为对象的图层，并为每个图层选择对象类型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item type of layer %1</source>
        <translation>图层 %1 的对象类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item type the outlines of layer %1 become</source>
        <translation>图层 %1 的轮廓所转换成的对象类型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Millimetres (mm)</source>
        <translation>毫米 (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metres (m)</source>
        <translation>米 (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit the drawing&apos;s coordinates are in</source>
        <translation>图纸坐标所用的单位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height of the new items in metres (for the 3D view)</source>
        <translation>新对象的高度，单位为米（用于 3D 视图）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing &amp;units:</source>
        <translation>图纸单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item &amp;height:</source>
        <translation>对象高度(&amp;H)：</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n open polyline(s) are not imported.</source>
        <translation>
            <numerusform>%n 条开放多段线未导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n outline(s) have arc segments; they are imported with straight edges.</source>
        <translation>
            <numerusform>%n 个轮廓含有圆弧段；将以直线边导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawing does not state its units: check them.</source>
        <translation>图纸未注明单位：请检查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the outlines as items, as one undoable step</source>
        <translation>将轮廓添加为对象，作为一个可撤销的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without importing</source>
        <translation>关闭而不导入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed polylines on the ticked layers become layout items.</source>
        <translation>勾选图层上的闭合多段线将成为布局对象。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::EditTool</name>
    <message>
        <location filename="../app/gui/layout/edittool.cpp" line="+114"/>
        <source>Rotate item</source>
        <translation>旋转对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize item</source>
        <translation>调整对象大小</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move items</source>
        <translation>移动对象</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+168"/>
        <source>Move background plan</source>
        <translation>移动背景图</translation>
    </message>
</context>
<context>
    <name>taktflow::app::FindingsDock</name>
    <message>
        <location filename="../app/gui/docks/findingsdock.cpp" line="+22"/>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout findings</source>
        <translation>布局检查结果</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No findings: no overlaps, clearances kept, aisles wide enough.</source>
        <translation>无检查问题：没有重叠，间距满足要求，通道宽度足够。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 条检查结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::FromToDock</name>
    <message>
        <location filename="../app/gui/docks/fromtodock.cpp" line="+18"/>
        <source>From-to matrix</source>
        <translation>从至表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From-to matrix, units per period</source>
        <translation>从至表，每期件数</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 → %2: %3 units, %4 m</source>
        <translation>%1 → %2：%3 件，%4 米</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ItemTableModel</name>
    <message>
        <location filename="../app/gui/itemtablemodel.cpp" line="+97"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (m)</source>
        <translation>X（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y (m)</source>
        <translation>Y（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width (m)</source>
        <translation>宽度（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth (m)</source>
        <translation>深度（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation (°)</source>
        <translation>旋转（°）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation (%)</source>
        <translation>自动化（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (kW)</source>
        <translation>功率（kW）</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ItemTableView</name>
    <message>
        <location filename="../app/gui/itemtableview.cpp" line="+41"/>
        <source>There is no variant to paste into.</source>
        <translation>没有可粘贴到的方案。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste %1 new and %2 updated items</source>
        <translation>粘贴 %1 个新对象和 %2 个更新的对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>
... and %1 more</source>
        <translation>
... 以及另外 %1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot paste</source>
        <translation>无法粘贴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was pasted:
%1</source>
        <translation>未粘贴任何内容：
%1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::JobRunner</name>
    <message>
        <location filename="../app/gui/jobrunner.cpp" line="+24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling...</source>
        <translation>正在取消……</translation>
    </message>
</context>
<context>
    <name>taktflow::app::KpiDock</name>
    <message>
        <location filename="../app/gui/docks/kpidock.cpp" line="+5"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key figures of the current variant</source>
        <translation>当前方案的关键指标</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 units·m</source>
        <translation>%1 件·米</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LayoutTasks</name>
    <message>
        <location filename="../app/gui/layout/layouttasks.cpp" line="+35"/>
        <source>Scale background</source>
        <translation>缩放背景图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance between the two points (m):</source>
        <translation>两点间距离（米）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+11"/>
        <source>Export layout drawing</source>
        <translation>导出布局图</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF document (*.pdf);;SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>PDF 文档 (*.pdf);;SVG 图形 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG resolution</source>
        <translation>PNG 分辨率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dots per inch (96 = screen size):</source>
        <translation>每英寸点数（96 = 屏幕尺寸）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another job is still running.</source>
        <translation>另一项任务仍在运行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Import background plan</source>
        <translation>导入背景平面图</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Floor plans (*.dxf *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;DXF drawings (*.dxf);;Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>平面图 (*.dxf *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;DXF 图纸 (*.dxf);;图像 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the plan&apos;s scale now by clicking two points and typing their distance?</source>
        <translation>是否现在通过点击两点并输入其距离来设定平面图比例？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open or create a variant first</source>
        <translation>请先打开或创建方案</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import background plan %1</source>
        <translation>导入背景图 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Background plan loaded; %n entities skipped</source>
        <translation>
            <numerusform>背景平面图已加载；跳过了 %n 个图元</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background plan loaded</source>
        <translation>背景平面图已加载</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <source>Import a background plan first</source>
        <translation>请先导入背景平面图</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Click two points of known distance on the plan (Esc cancels)</source>
        <translation>请在平面图上点击距离已知的两点（按 Esc 取消）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scale background plan</source>
        <translation>缩放背景图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background scaled: %1 m per unit</source>
        <translation>背景图已缩放：每单位 %1 米</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove background plan</source>
        <translation>移除背景图</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lock background plan</source>
        <translation>锁定背景图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock background plan</source>
        <translation>解锁背景图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change background opacity</source>
        <translation>更改背景不透明度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Background opacity</source>
        <translation>背景不透明度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opacity of the plan (%):</source>
        <translation>背景图不透明度 (%)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Optimising %1</source>
        <translation>正在优化 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optimisation cancelled</source>
        <translation>优化已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimisation found no better layout</source>
        <translation>优化未找到更好的布局</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add optimised variant</source>
        <translation>添加优化后的方案</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: flow distance %2 → %3 units·m, %n move(s)</source>
        <translation>
            <numerusform>%1：物流距离 %2 → %3 件·米，移动 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::LayoutThumbnails</name>
    <message>
        <location filename="../app/gui/compare/layoutthumbnails.cpp" line="+13"/>
        <source>Layout thumbnails</source>
        <translation>布局缩略图</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose variants to compare</source>
        <translation>选择要比较的方案</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 -&gt; %2: %3 moved, %4 added, %5 removed, %6 unchanged</source>
        <translation>%1 -&gt; %2：%3 个移动，%4 个新增，%5 个删除，%6 个未变</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LayoutView</name>
    <message>
        <location filename="../app/gui/layout/layoutview.cpp" line="+49"/>
        <source>Layout canvas</source>
        <translation>布局画布</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Place %1</source>
        <translation>放置%1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LibraryDock</name>
    <message>
        <location filename="../app/gui/docks/librarydock.cpp" line="+49"/>
        <location line="+5"/>
        <source>Equipment library</source>
        <translation>设备库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag onto the floor to place a %1</source>
        <translation>拖到车间地面上以放置%1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LineMetricsPanel</name>
    <message>
        <location filename="../app/gui/line/linemetricspanel.cpp" line="+6"/>
        <source>Line figures</source>
        <translation>生产线指标</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S%1 (%2 s)</source>
        <translation>S%1（%2 秒）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 units</source>
        <translation>%1 件</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LineSettingsPanel</name>
    <message>
        <location filename="../app/gui/line/linesettingspanel.cpp" line="+40"/>
        <source>Line settings</source>
        <translation>生产线设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> units</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derive from the shift calendar</source>
        <translation>根据班次日历推算</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned downtime per period (maintenance, meetings)</source>
        <translation>每期计划停机时间（维护、会议）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available production time per period, when not derived from the calendar</source>
        <translation>每期可用生产时间（不根据日历推算时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel stations for long tasks</source>
        <translation>长作业使用并行工位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task longer than the takt time gets replicated stations instead of making the line infeasible</source>
        <translation>超过节拍时间的作业将使用复制的工位，而不会使生产线无可行解</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand share</source>
        <translation>需求占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models of a mixed-model line; tasks get one time column per model.</source>
        <translation>混流生产线的型号；每个型号对应作业表中的一列时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add model</source>
        <translation>添加型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove model</source>
        <translation>移除型号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand per period</source>
        <translation>每期需求量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts per period</source>
        <translation>每期班次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift length</source>
        <translation>班次时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks per shift</source>
        <translation>每班休息时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned downtime</source>
        <translation>计划停机时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned efficiency (OEE)</source>
        <translation>计划效率（OEE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available time</source>
        <translation>可用时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takt time</source>
        <translation>节拍时间</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Model %1</source>
        <translation>型号 %1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::LineWorkspace</name>
    <message>
        <location filename="../app/gui/line/lineworkspace.cpp" line="+40"/>
        <source>New line</source>
        <translation>新生产线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production line</source>
        <translation>生产线</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tasks</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedence graph</source>
        <translation>优先关系图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand and shifts</source>
        <translation>需求与班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations on the floor</source>
        <translation>车间中的工位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag tasks between stations; refused moves are explained here.</source>
        <translation>在工位之间拖动作业；被拒绝的移动会在此说明原因。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Takt time: %1</source>
        <translation>节拍时间：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1</source>
        <translation>生产线 %1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::MainActions</name>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="+411"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;About Taktflow</source>
        <translation>关于 Taktflow(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Taktflow</source>
        <translation>关于 Taktflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Taktflow %1&lt;/b&gt;&lt;p&gt;Production line and plant layout design: line balance, takt time, material flow and automation coverage.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Taktflow %1&lt;/b&gt;&lt;p&gt;生产线与工厂布局设计：生产线平衡、节拍时间、物流与自动化覆盖率。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto&amp;save Interval...</source>
        <translation>自动保存间隔(&amp;Z)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autosave unsaved changes every (minutes, 0 = never):</source>
        <translation>自动保存未保存更改的间隔（分钟，0 = 从不）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import Background Plan...</source>
        <translation>导入背景平面图(&amp;I)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export View...</source>
        <translation>导出视图(&amp;E)...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Layout &amp;Drawing...</source>
        <translation>导出布局图(&amp;D)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Layout as D&amp;XF...</source>
        <translation>将布局导出为 DXF(&amp;X)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export layout as DXF</source>
        <translation>将布局导出为 DXF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DXF drawings (*.dxf)</source>
        <translation>DXF 图纸 (*.dxf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report Pre&amp;view...</source>
        <translation>报告预览(&amp;V)...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report Preview of All &amp;Variants...</source>
        <translation>所有方案的报告预览(&amp;L)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Report (PDF)...</source>
        <translation>导出报告 (PDF)(&amp;T)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report of All Variants (P&amp;DF)...</source>
        <translation>导出所有方案的报告 (PDF)(&amp;F)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pre&amp;ferences...</source>
        <translation>首选项(&amp;F)...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move selection left %1 m</source>
        <translation>将所选对象左移 %1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selection right %1 m</source>
        <translation>将所选对象右移 %1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selection up %1 m</source>
        <translation>将所选对象上移 %1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selection down %1 m</source>
        <translation>将所选对象下移 %1 m</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to View</source>
        <translation>适合视图(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Material &amp;Flow Overlay</source>
        <translation>物流叠加显示(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulation Bottlenec&amp;k</source>
        <translation>仿真瓶颈(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Background Plan</source>
        <translation>显示背景图(&amp;B)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Colour by &amp;Automation</source>
        <translation>按自动化程度着色(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snap to G&amp;rid</source>
        <translation>吸附到网格(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snap to Item &amp;Edges</source>
        <translation>吸附到对象边缘(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;Left 15°</source>
        <translation>向左旋转 15°(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;Right 15°</source>
        <translation>向右旋转 15°(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Align &amp;Left Edges</source>
        <translation>左边缘对齐(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Horizontal Centres</source>
        <translation>水平居中对齐(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Right Edges</source>
        <translation>右边缘对齐(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Top Edges</source>
        <translation>上边缘对齐(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Vertical Centres</source>
        <translation>垂直居中对齐(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Bottom Edges</source>
        <translation>下边缘对齐(&amp;B)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distribute Hori&amp;zontally</source>
        <translation>水平分布(&amp;Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribute Verti&amp;cally</source>
        <translation>垂直分布(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Optimise Layout (new variant)</source>
        <translation>优化布局（新方案）(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;uggest Arrangement...</source>
        <translation>建议排布(&amp;U)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scale Background from Two Points...</source>
        <translation>通过两点缩放背景图(&amp;S)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock Background Plan</source>
        <translation>锁定背景图(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Background &amp;Opacity...</source>
        <translation>背景不透明度(&amp;Y)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Background Plan</source>
        <translation>移除背景平面图(&amp;R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>I&amp;mport</source>
        <translation>导入(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expor&amp;t</source>
        <translation>导出(&amp;J)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Tasks from CSV...</source>
        <translation>从 CSV 导入作业(&amp;T)...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tasks as CSV...</source>
        <translation>将作业导出为 CSV(&amp;T)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Items from CSV...</source>
        <translation>从 CSV 导入对象(&amp;I)...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Items as CSV...</source>
        <translation>将对象导出为 CSV(&amp;I)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flows from CSV...</source>
        <translation>从 CSV 导入物流(&amp;F)...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Flows as CSV...</source>
        <translation>将物流导出为 CSV(&amp;F)...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layout Items from &amp;DXF...</source>
        <translation>从 DXF 导入布局对象(&amp;D)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project as &amp;JSON...</source>
        <translation>将项目导出为 JSON(&amp;J)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>taktflow::app::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+15"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line balancing</source>
        <translation>生产线平衡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulation</source>
        <translation>仿真</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Autosaved unsaved changes</source>
        <translation>已自动保存未保存的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>x %1 m, y %2 m  |  %3 px/m</source>
        <translation>x %1 米，y %2 米  |  %3 像素/米</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Layout items</source>
        <translation>布局对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of the current variant; Ctrl+V pastes rows from a spreadsheet</source>
        <translation>当前方案的对象；按 Ctrl+V 可从电子表格粘贴行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Place %1</source>
        <translation>放置%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (read-only)[*] - Taktflow</source>
        <translation>%1（只读）[*] - Taktflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] - Taktflow</source>
        <translation>%1[*] - Taktflow</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: %2, %3 (%4, %5)</source>
        <translation>%1：%2，%3（%4，%5）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n flow(s) between items</source>
        <translation>
            <numerusform>对象之间的 %n 条物流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product routing(s)</source>
        <translation>
            <numerusform>%n 条产品工艺路线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n direct flow(s)</source>
        <translation>
            <numerusform>%n 条直接物流</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project opened read-only</source>
        <translation>项目已以只读方式打开</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taktflow did not close normally. Unsaved changes to %1 were autosaved at %2.

Restore them? (Discard deletes the autosave; the project file itself is unchanged either way.)</source>
        <translation>Taktflow 未正常关闭。%1 的未保存更改已于 %2 自动保存。

是否恢复？（“放弃”将删除自动保存文件；无论如何，项目文件本身都不会改变。）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot recover unsaved work</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored unsaved changes from %1; save to keep them</source>
        <translation>已从 %1 恢复未保存的更改；请保存以保留这些更改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variant 1</source>
        <translation>方案 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project is read-only</source>
        <translation>项目为只读</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The clipboard holds no layout items</source>
        <translation>剪贴板中没有布局对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
</context>
<context>
    <name>taktflow::app::OutlineTable</name>
    <message>
        <location filename="../app/gui/docks/outlinetable.cpp" line="+36"/>
        <source>X (m)</source>
        <translation>X (m)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Y (m)</source>
        <translation>Y (m)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Corner %1: not a number</source>
        <translation>顶点 %1：不是数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Corner not moved: %1</source>
        <translation>未移动顶点：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move corner</source>
        <translation>移动顶点</translation>
    </message>
</context>
<context>
    <name>taktflow::app::PrecedenceGraphView</name>
    <message>
        <location filename="../app/gui/line/precedencegraphview.cpp" line="+57"/>
        <source>Precedence graph</source>
        <translation>优先关系图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drag from one task to another to add a precedence; drag again to remove it. Click a task to highlight its predecessors and successors.</source>
        <translation>从一个作业拖到另一个作业以添加优先关系；再次拖动即可移除。单击作业可突出显示其前序和后续作业。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Refused: %1 before %2 would close a cycle, because %2 already comes before %1.</source>
        <translation>已拒绝：%1 先于 %2 会形成循环，因为 %2 已经先于 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed: %1 before %2.</source>
        <translation>已移除：%1 先于 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added: %1 before %2.</source>
        <translation>已添加：%1 先于 %2。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of menus, messages and reports; &quot;System&quot; follows the desktop&apos;s language</source>
        <translation>菜单、消息和报告所用的语言；“跟随系统”即使用桌面环境的语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect the next time Taktflow starts.</source>
        <translation>新语言将在下次启动 Taktflow 时生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TAKTFLOW_LANGUAGE environment variable overrides this setting.</source>
        <translation>环境变量 TAKTFLOW_LANGUAGE 会覆盖此设置。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ProjectDocument</name>
    <message>
        <location filename="../app/document/projectdocument.cpp" line="+21"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 is open in another Taktflow (process %2 on %3); it is shown read-only. Use Save As to keep your changes in another file.</source>
        <translation>%1 已在另一个 Taktflow 中打开（%3 上的进程 %2），现以只读方式显示。请使用“另存为”将更改保存到其他文件。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::PropertiesDock</name>
    <message>
        <location filename="../app/gui/docks/propertiesdock.cpp" line="+45"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Properties of the selected item</source>
        <translation>所选对象的属性</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearance</source>
        <translation>安全间距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed (optimisation keeps it in place)</source>
        <translation>固定（优化时保持原位）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the item, shown on the floor and in tables</source>
        <translation>对象名称，显示在车间平面图和表格中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the item is; decides how it is checked, drawn and costed</source>
        <translation>对象的类别；决定其检查、绘制和成本计算方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre x in metres</source>
        <translation>中心 x（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre y in metres (up is +y)</source>
        <translation>中心 y（米，向上为 +y）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in metres, before rotation</source>
        <translation>宽度（米，旋转前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth in metres, before rotation</source>
        <translation>深度（米，旋转前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation in degrees, counter-clockwise</source>
        <translation>旋转角度（度，逆时针）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in metres, for the 3D view</source>
        <translation>高度（米，用于 3D 视图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation level: 0 % manual, 100 % fully automated</source>
        <translation>自动化程度：0 % 为手动，100 % 为全自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service margin in metres that other solid items must keep clear of</source>
        <translation>维护间距（米），其他实体对象必须避开此范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected power in kW, for the energy figures</source>
        <translation>装机功率（kW），用于能耗指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout optimisation does not move a fixed item</source>
        <translation>布局优化不会移动固定对象</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n items&lt;/b&gt;: edits apply to all</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个对象&lt;/b&gt;：修改将应用于全部</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Rotate items</source>
        <translation>旋转对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move items</source>
        <translation>移动对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize items</source>
        <translation>调整对象大小</translation>
    </message>
</context>
<context>
    <name>taktflow::app::RecentFiles</name>
    <message>
        <location filename="../app/gui/recentfiles.cpp" line="+65"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ReportTasks</name>
    <message>
        <location filename="../app/gui/reporttasks.cpp" line="+63"/>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing report</source>
        <translation>正在生成报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write the report</source>
        <translation>无法写出报告</translation>
    </message>
</context>
<context>
    <name>taktflow::app::ShortcutsDialog</name>
    <message>
        <location filename="../app/gui/help/shortcutsdialog.cpp" line="+36"/>
        <source>Layout canvas</source>
        <translation>布局画布</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut of the main window</source>
        <translation>主窗口的所有键盘快捷键</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close this list</source>
        <translation>关闭此列表</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimResultsPanel</name>
    <message>
        <location filename="../app/gui/simulation/simresultspanel.cpp" line="+46"/>
        <source>Throughput</source>
        <translation>产出率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time</source>
        <translation>生产周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in process</source>
        <translation>在制品 (WIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not simulated yet: set the parameters and press Run.</source>
        <translation>尚未仿真：请设置参数并按“运行”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 parts/h (95 %: %2 – %3)</source>
        <translation>%1 件/小时（95 %：%2 – %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demand %1 parts/h</source>
        <translation>需求 %1 件/小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no demand set</source>
        <translation>未设置需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, takt %1 s</source>
        <translation>，节拍 %1 秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mean %1 s, P95 %2 s</source>
        <translation>均值 %1 秒，P95 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 parts</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, the bottleneck %2 % of the time</source>
        <translation>%1，%2 % 的时间为瓶颈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replication(s) of %1 h each</source>
        <translation>
            <numerusform>%n 次重复运行，每次 %1 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimSettingsPanel</name>
    <message>
        <location filename="../app/gui/simulation/simsettingspanel.cpp" line="+48"/>
        <source>Saturated (station 1 never starves)</source>
        <translation>饱和投料（工位 1 从不缺料）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release at takt</source>
        <translation>按节拍投料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-arrival times</source>
        <translation>到达间隔时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>投料源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts arrive</source>
        <translation>工件到达方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inter-arrival distribution</source>
        <translation>到达间隔时间分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean inter-arrival time</source>
        <translation>平均到达间隔时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Simulated time per replication after the warm-up; 0: one shift of the line&apos;s calendar</source>
        <translation>预热期之后每次重复运行的仿真时长；0：按生产线日历的一个班次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time simulated first and left out of the statistics, while the buffers fill</source>
        <translation>先行仿真、不计入统计的时间，期间缓冲区逐渐填充</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Independent runs; the 95 % intervals come from their spread</source>
        <translation>独立运行次数；95 % 置信区间由各次运行的离散程度得出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same seed gives the same numbers; variants compared with one seed see the same random events</source>
        <translation>相同的种子产生相同的随机数；使用同一种子比较的方案会遇到相同的随机事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause in breaks and off-shift (the line&apos;s calendar)</source>
        <translation>在休息和非班次时间暂停（按生产线日历）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run length</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm-up</source>
        <translation>预热期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replications</source>
        <translation>重复运行次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A part is released every %1 s (the takt time).</source>
        <translation>每 %1 秒投入一件（节拍时间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line has no takt time: enter its demand and shifts.</source>
        <translation>该生产线没有节拍时间：请输入其需求和班次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One shift (%1 h)</source>
        <translation>一个班次（%1 小时）</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimStateChart</name>
    <message>
        <location filename="../app/gui/simulation/simstatechart.cpp" line="+52"/>
        <source>The stations&apos; shares of working, starved, blocked, failed, setup and paused time appear here.</source>
        <translation>此处显示各工位加工、缺料等待、阻塞、故障、换型和暂停时间的占比。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 %3 %, %4 %5 %, %6 %7 %, %8 %9 %</source>
        <translation>%1：%2 %3 %，%4 %5 %，%6 %7 %，%8 %9 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 %2 %, %3 %4 %</source>
        <translation>，%1 %2 %，%3 %4 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bottleneck %1 % of the time</source>
        <translation>%1 % 的时间为瓶颈</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimTableModel</name>
    <message>
        <location filename="../app/gui/simulation/simtablemodel.cpp" line="+107"/>
        <source>There is no production line to paste into.</source>
        <translation>没有可粘贴到的生产线。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The paste has %n row(s) from row %1, but the table ends at row %2.</source>
        <translation>
            <numerusform>粘贴内容从第 %1 行起共 %n 行，但表格在第 %2 行结束。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste simulation parameters</source>
        <translation>粘贴仿真参数</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimTableWidget</name>
    <message>
        <location filename="../app/gui/simulation/simtablewidget.cpp" line="+73"/>
        <source>Double-click a cell to edit it; Ctrl+V pastes cells copied from a spreadsheet</source>
        <translation>双击单元格进行编辑；按 Ctrl+V 粘贴从电子表格复制的单元格</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimTimeCharts</name>
    <message>
        <location filename="../app/gui/simulation/simtimecharts.cpp" line="+26"/>
        <source>Throughput, moving mean over %1 min</source>
        <translation>产出率，%1 分钟移动平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parts/h</source>
        <translation>件/小时</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demand %1 parts/h</source>
        <translation>需求 %1 件/小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work in process</source>
        <translation>在制品 (WIP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>parts</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buffer contents</source>
        <translation>缓冲区存量</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run the simulation to see throughput, WIP and buffers over time.</source>
        <translation>运行仿真以查看产出率、在制品 (WIP) 和缓冲区随时间的变化。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::SimulationWorkspace</name>
    <message>
        <location filename="../app/gui/simulation/simulationworkspace.cpp" line="+53"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate the line with these parameters in the background</source>
        <translation>在后台使用这些参数仿真该生产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the running simulation; the line keeps its previous result</source>
        <translation>停止正在运行的仿真；生产线保留之前的结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%v of %m replications</source>
        <translation>%v / %m 次重复运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size &amp;buffers...</source>
        <translation>确定缓冲区容量(&amp;B)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the smallest buffers for a target throughput, or the best throughput for a total</source>
        <translation>为目标产出率寻找最小的缓冲区，或为给定总容量寻找最佳产出率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Production line</source>
        <translation>生产线</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Task times</source>
        <translation>作业时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source and run</source>
        <translation>投料源与运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Takt time: %1 s</source>
        <translation>节拍时间：%1 秒</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+29"/>
        <source>The variant has no production line to simulate.</source>
        <translation>该方案中没有可仿真的生产线。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Not simulated yet: set the parameters and press Run.</source>
        <translation>尚未仿真：请设置参数并按“运行”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line or its parameters changed since: run again for current figures</source>
        <translation>此后生产线或其参数已更改：请重新运行以获得当前指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events in %2 s</source>
        <translation>%1 个事件，耗时 %2 秒</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A simulation is running already: cancel it first.</source>
        <translation>已有仿真正在运行：请先取消。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot simulate %1: %2</source>
        <translation>无法仿真 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Simulating %1...</source>
        <translation>正在仿真 %1……</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled; the line keeps its previous result.</source>
        <translation>已取消；生产线保留之前的结果。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The simulated line was removed while it ran; the result is dropped.</source>
        <translation>仿真运行期间该生产线已被删除；结果已丢弃。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time limit ended the run early; the figures cover the finished replications.</source>
        <translation>时间限制使运行提前结束；指标仅涵盖已完成的重复运行。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::StationBoard</name>
    <message>
        <location filename="../app/gui/line/stationboard.cpp" line="+43"/>
        <source>Station board</source>
        <translation>工位看板</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 taken out of its station.</source>
        <translation>已将 %1 移出其工位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 moved to station %2.</source>
        <translation>已将 %1 移到工位 %2。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Bottleneck of the last simulation: S%1 limits the line %2 % of the time (throughput %3 parts/h)</source>
        <translation>最近一次仿真的瓶颈：S%1 在 %2 % 的时间内限制生产线（产出率 %3 件/小时）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No production line in this variant.</source>
        <translation>该方案中没有生产线。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s · %2 %</source>
        <translation>%1 秒 · %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>taktflow::app::StationTable</name>
    <message>
        <location filename="../app/gui/line/stationtable.cpp" line="+31"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station type</source>
        <translation>工位类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layout item</source>
        <translation>布局对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add station</source>
        <translation>添加工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an empty station at the end of the line</source>
        <translation>在生产线末尾添加一个空工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove last empty station</source>
        <translation>移除最后一个空工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last station when no task is assigned to it</source>
        <translation>删除最后一个工位（仅当其未分配作业时）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not placed)</source>
        <translation>（未放置）</translation>
    </message>
</context>
<context>
    <name>taktflow::app::TaskDensityView</name>
    <message>
        <location filename="../app/gui/simulation/taskdensityview.cpp" line="+13"/>
        <source>The density of the selected task&apos;s time; the dashed line is its mean</source>
        <translation>所选作业时间的概率密度；虚线为其均值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a task to see its time distribution.</source>
        <translation>选择一个作业以查看其时间分布。</translation>
    </message>
</context>
<context>
    <name>taktflow::app::TaskTableModel</name>
    <message>
        <location filename="../app/gui/line/tasktablemodel.cpp" line="+74"/>
        <source>+T3: must share a station with T3; -T5: must not share a station with T5</source>
        <translation>+T3：必须与 T3 共用工位；-T5：不得与 T5 共用工位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessors</source>
        <translation>前序作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated time (s)</source>
        <translation>自动化时间（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station type</source>
        <translation>工位类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed station</source>
        <translation>固定工位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoning</source>
        <translation>分区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time %1 (s)</source>
        <translation>时间 %1（秒）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit %1 of task %2</source>
        <translation>编辑作业 %2 的%1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::TaskTableWidget</name>
    <message>
        <location filename="../app/gui/line/tasktablewidget.cpp" line="+34"/>
        <source>Tasks</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add task</source>
        <translation>添加作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a task to the line</source>
        <translation>向生产线添加作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected tasks</source>
        <translation>删除所选作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the current task one row up</source>
        <translation>将当前作业上移一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the current task one row down</source>
        <translation>将当前作业下移一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste from spreadsheet</source>
        <translation>从电子表格粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pastes tab-separated cells at the current cell (Ctrl+V in the table). With a header row (id, name, time_s, predecessors ...) the rows are added as new tasks.</source>
        <translation>在当前单元格处粘贴以制表符分隔的单元格（在表格中按 Ctrl+V）。若带有表头行（id、name、time_s、predecessors……），各行将作为新作业添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV...</source>
        <translation>导入 CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import tasks</source>
        <translation>导入作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add tasks from a CSV file (id, name, time_s, predecessors); File &gt; Import maps other headers</source>
        <translation>从 CSV 文件添加作业（id, name, time_s, predecessors）；其他表头请通过“文件 &gt; 导入”映射</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New task</source>
        <translation>新作业</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Paste tasks</source>
        <translation>粘贴作业</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Import %n task(s)</source>
        <translation>
            <numerusform>导入 %n 个作业</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::TimelineSlider</name>
    <message>
        <location filename="../app/gui/simulation/timelineslider.cpp" line="+18"/>
        <source>Simulated time; the shaded start is the warm-up, not counted in the results</source>
        <translation>仿真时间；开头的阴影部分为预热期，不计入结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated time</source>
        <translation>仿真时间</translation>
    </message>
</context>
<context>
    <name>taktflow::app::UserGuideDialog</name>
    <message>
        <location filename="../app/gui/help/userguidedialog.cpp" line="+67"/>
        <source>Taktflow User Guide</source>
        <translation>Taktflow 用户指南</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide; links to web pages open in your browser</source>
        <translation>用户指南；网页链接将在浏览器中打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the user guide</source>
        <translation>关闭用户指南</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Read it online in the project&apos;s README and user guide:&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;未安装用户指南&lt;/h2&gt;&lt;p&gt;请在线阅读项目的 README 和用户指南：&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>taktflow::app::VariantsDock</name>
    <message>
        <location filename="../app/gui/docks/variantsdock.cpp" line="+15"/>
        <location line="+27"/>
        <source>Variants</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an empty variant</source>
        <translation>添加空方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the current variant</source>
        <translation>复制当前方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the current variant (or double-click it)</source>
        <translation>重命名当前方案（或双击方案）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the current variant</source>
        <translation>删除当前方案</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Variant %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add variant %1</source>
        <translation>添加方案 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate variant %1</source>
        <translation>复制方案 %1</translation>
    </message>
</context>
<context>
    <name>taktflow::app::YamazumiWidget</name>
    <message>
        <location filename="../app/gui/line/yamazumiwidget.cpp" line="+18"/>
        <source>Yamazumi chart</source>
        <translation>山积图</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All models, demand-weighted</source>
        <translation>所有型号，按需求加权</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1</source>
        <translation>型号 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Balance the line or assign tasks to stations to see the chart.</source>
        <translation>请先平衡生产线或将作业分配到工位，以查看图表。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automated</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>takt %1 s, cycle %2 s</source>
        <translation>节拍 %1 秒，周期 %2 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cycle %1 s</source>
        <translation>周期 %1 秒</translation>
    </message>
</context>
<context>
    <name>taktflow::app::view3d::PlantView3D</name>
    <message>
        <location filename="../app/view3d/plantview3d.cpp" line="+109"/>
        <source>3D view of the layout</source>
        <translation>布局的 3D 视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left drag orbits, right drag pans, the wheel zooms; a click selects an item</source>
        <translation>左键拖动旋转视角，右键拖动平移，滚轮缩放；单击选择对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Automation colours</source>
        <translation>自动化着色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour equipment by automation level instead of by type</source>
        <translation>按自动化程度而非类型为设备着色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show item names above the items (on plants of more than %n items, of the selected items only)</source>
        <translation>
            <numerusform>在对象上方显示对象名称（对象超过 %n 个时，仅显示所选对象的名称）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows</source>
        <translation>物流</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show material flows as arcs, wider for larger volumes</source>
        <translation>以弧线显示物流，流量越大线越宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>生产线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each production line as a band through the items its stations are linked to</source>
        <translation>将每条生产线显示为一条穿过其工位所关联对象的色带</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top</source>
        <translation>俯视</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front</source>
        <translation>前视</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>侧视</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric</source>
        <translation>等轴测</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at the whole floor from this side: %1</source>
        <translation>从此方向观察整个车间：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit all</source>
        <translation>全部适合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the camera so every item is in view</source>
        <translation>移动相机，使所有对象都在视野内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk</source>
        <translation>漫游</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walk through the line at eye height: W A S D or arrow keys, drag to look, Esc to stop</source>
        <translation>以视线高度漫游生产线：W A S D 或方向键移动，拖动鼠标环视，按 Esc 停止</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot…</source>
        <translation>截图…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the 3D view as a PNG image</source>
        <translation>将 3D 视图保存为 PNG 图像</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>The 3D view did not deliver an image; make sure it is visible.</source>
        <translation>3D 视图未生成图像；请确保其处于可见状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save 3D Screenshot</source>
        <translation>保存 3D 截图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model file(s) not shown</source>
        <translation>
            <numerusform>%n 个模型文件未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>taktflow::app::view3d::SceneEntities</name>
    <message>
        <location filename="../app/view3d/sceneentitymodels.cpp" line="+94"/>
        <source>The model file does not exist.</source>
        <translation>模型文件不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsupported model format &quot;%1&quot; (use glTF, OBJ or STL).</source>
        <translation>不支持的模型格式“%1”（请使用 glTF、OBJ 或 STL）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model file was refused: %1</source>
        <translation>模型文件被拒绝：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The model file could not be read.</source>
        <translation>无法读取模型文件。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The model file has no volume.</source>
        <translation>模型文件没有体积。</translation>
    </message>
</context>
<context>
    <name>taktflow::core::ArrangementModel</name>
    <message>
        <location filename="../core/arrangement/arrangementmodel.cpp" line="+66"/>
        <source>Item %1 does not exist.</source>
        <translation>对象 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is chosen twice.</source>
        <translation>对象 %1 被选择了两次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 is fixed and cannot be moved.</source>
        <translation>对象 %1 已固定，无法移动。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 items need at least as many slots, but there are %2.</source>
        <translation>%1 个对象至少需要同样多的位置，但只有 %2 个。</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 (optimised)</source>
        <translation>%1（已优化）</translation>
    </message>
</context>
<context>
    <name>taktflow::core::FlowAnalysis</name>
    <message>
        <location filename="../core/flow/flowanalysis.cpp" line="+266"/>
        <source>%1 cannot be reached by aisle: no aisle within reach, so the flow %2 -&gt; %3 has no distance.</source>
        <translation>%1 无法通过通道到达：附近没有通道，因此物流 %2 -&gt; %3 没有距离。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No aisle path from %1 to %2: their aisles are not connected.</source>
        <translation>从 %1 到 %2 没有通道路径：它们的通道互不相连。</translation>
    </message>
</context>
<context>
    <name>taktflow::core::FlowLegs</name>
    <message>
        <location filename="../core/flow/flowlegs.cpp" line="+17"/>
        <source>%1 names item %2, which does not exist.</source>
        <translation>%1 引用了不存在的对象 %2。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Routing of product %1</source>
        <translation>产品 %1 的工艺路线</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flow %1 -&gt; %2</source>
        <translation>物流 %1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>taktflow::core::GeometryChecker</name>
    <message>
        <location filename="../core/layout/geometrychecker.cpp" line="+383"/>
        <source>The outline of %1 crosses itself or has no area; fix it before trusting its checks.</source>
        <translation>%1 的轮廓自相交或面积为零；请先修正，再参考其检查结果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lies %2 m² outside the building outline.</source>
        <translation>%1 有 %2 m² 位于建筑轮廓之外。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aisle %1 is %2 m wide; the minimum is %3 m.</source>
        <translation>通道 %1 宽 %2 米；最小宽度为 %3 米。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 overlap by %3 m².</source>
        <translation>%1 与 %2 重叠 %3 m²。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 are %3 m apart; their service margin needs %4 m.</source>
        <translation>%1 与 %2 相距 %3 米；其维护间距需要 %4 米。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 narrows aisle %2 to %3 m; the minimum is %4 m.</source>
        <translation>%1 使通道 %2 缩窄至 %3 米；最小宽度为 %4 米。</translation>
    </message>
</context>
<context>
    <name>taktflow::core::LayoutImprovement</name>
    <message>
        <location filename="../core/arrangement/layoutimprovement.cpp" line="+100"/>
        <source>%1 (improved)</source>
        <translation>%1（已改进）</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::BufferSizing</name>
    <message>
        <location filename="../core/simulation/buffersizing.cpp" line="+67"/>
        <source>the line piles up more than %1 parts whatever the sized buffers hold: its releases outpace it (an unlimited buffer or the entry queue grows without end)</source>
        <translation>无论缓冲区容量如何确定，生产线积压都超过 %1 件：投料快于生产线的加工能力（不限容量的缓冲区或入口队列会无限增长）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>buffer sizing needs either a target throughput or a total capacity</source>
        <translation>确定缓冲区容量需要目标产出率或总容量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the target throughput must be a finite number of parts per hour above 0</source>
        <translation>目标产出率必须是大于 0 的有限值（件/小时）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a total buffer capacity cannot be negative</source>
        <translation>缓冲区总容量不能为负数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line has no limited buffer to size (every gap is unlimited)</source>
        <translation>该生产线没有可确定容量的有限缓冲区（每个间隔都不限容量）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>best allocation of %1 buffer places: %2 parts per hour</source>
        <translation>%1 个缓冲位的最佳分配：每小时 %2 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target of %1 parts per hour is not reached with up to %2 buffer places (best %3 parts per hour)</source>
        <translation>最多 %2 个缓冲位时无法达到每小时 %1 件的目标（最佳为每小时 %3 件）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 buffer places reach %2 parts per hour; an independent run gives %3 parts per hour</source>
        <translation>%1 个缓冲位可达每小时 %2 件；独立运行得到每小时 %3 件</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::Experiment</name>
    <message>
        <location filename="../core/simulation/experiment.cpp" line="+29"/>
        <source>the number of replications must be between 1 and %1</source>
        <translation>重复运行次数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run length must be above 0 s and at most %1 s</source>
        <translation>运行时长必须大于 0 秒且不超过 %1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the warm-up must be a finite number of seconds, at least 0 and at most %1 s</source>
        <translation>预热期必须是有限的秒数，不小于 0 且不超过 %1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of threads cannot be negative</source>
        <translation>线程数不能为负数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time limit must be a finite number of seconds, at least 0</source>
        <translation>时间限制必须是有限的秒数，且不小于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series interval must be a finite number of seconds, at least 0</source>
        <translation>时间序列间隔必须是有限的秒数，且不小于 0</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::LineModelBuilder</name>
    <message>
        <location filename="../core/simulation/linemodelbuilder.cpp" line="+45"/>
        <source>the line has no stations; balance it first</source>
        <translation>该生产线没有工位；请先进行生产线平衡</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>station %1 has no tasks</source>
        <translation>工位 %1 没有作业</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>station %1 names the unknown task %2</source>
        <translation>工位 %1 引用了未知作业 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task %1 is assigned twice, to station %2 and to station %3</source>
        <translation>作业 %1 被重复分配到工位 %2 和工位 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n task(s) not assigned to any station: %1</source>
        <translation>
            <numerusform>%n 个作业未分配到任何工位：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>release at takt: %1</source>
        <translation>按节拍投料：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release at takt needs a demand and an available time per period</source>
        <translation>按节拍投料需要需求量和每期可用时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a random model mix needs a model with a demand share above 0</source>
        <translation>随机型号混合需要至少一个需求占比大于 0 的型号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the release sequence names the unknown model %1</source>
        <translation>投料顺序引用了未知型号 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a release sequence from the mix needs a model with a demand share above 0</source>
        <translation>按型号混合生成投料顺序需要至少一个需求占比大于 0 的型号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line &quot;%1&quot;: %2</source>
        <translation>生产线“%1”：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>shift calendar: %1</source>
        <translation>班次日历：%1</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::LineTransport</name>
    <message>
        <location filename="../core/simulation/linetransport.cpp" line="+83"/>
        <source>station S%1 stands on item %2, which does not exist</source>
        <translation>工位 S%1 位于对象 %2 上，但该对象不存在</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the flow from item %1 to item %2 names the unknown transport means %3</source>
        <translation>从对象 %1 到对象 %2 的物流引用了未知搬运方式 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>no aisle path leads from item %1 to item %2</source>
        <translation>没有从对象 %1 到对象 %2 的通道路径</translation>
    </message>
</context>
<context>
    <name>taktflow::core::simulation::SimModel</name>
    <message>
        <location filename="../core/simulation/simmodel.cpp" line="+27"/>
        <source>time between failures: %1</source>
        <translation>故障间隔时间：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mean time between failures must be above 0 s</source>
        <translation>平均故障间隔时间必须大于 0 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failures after a number of operations need at least 1 operation</source>
        <translation>按操作次数计的故障至少需要 1 次操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time to repair: %1</source>
        <translation>修复时间：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the line makes no product model</source>
        <translation>该生产线不生产任何产品型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line has no stations</source>
        <translation>该生产线没有工位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>station %1 needs at least 1 server</source>
        <translation>工位 %1 至少需要 1 个并行工作单元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line has more than %1 servers in all</source>
        <translation>生产线的并行工作单元总数超过 %1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station %1 needs one process time per model</source>
        <translation>工位 %1 需要为每个型号指定一个加工时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>station %1: %2</source>
        <translation>工位 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>station %1, setup: %2</source>
        <translation>工位 %1，换型：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line needs one buffer per gap between stations (%1)</source>
        <translation>生产线需要在工位之间每个间隔设一个缓冲区（%1 个）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a buffer capacity cannot be negative</source>
        <translation>缓冲区容量不能为负数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line needs no transport legs or one per gap (%1)</source>
        <translation>生产线不应有搬运段，或每个间隔一段（%1 段）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a transport leg names a transporter that does not exist</source>
        <translation>某搬运段引用了不存在的搬运工具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a transport distance must be a finite number of metres, at least 0</source>
        <translation>搬运距离必须是有限的米数，且不小于 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the station distances need one row per station</source>
        <translation>工位距离需要每个工位一行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the station distances need one column per station</source>
        <translation>工位距离需要每个工位一列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a station distance must be a finite number of metres, at least 0</source>
        <translation>工位距离必须是有限的米数，且不小于 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the transport has more than %1 vehicles in all</source>
        <translation>搬运车辆总数超过 %1 台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transporter %1 needs at least 1 vehicle, 1 part per trip and a speed above 0</source>
        <translation>搬运工具 %1 至少需要 1 台车辆、每趟 1 件，且速度大于 0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a saturated line needs a station that takes time (a mean above 0 s)</source>
        <translation>饱和投料的生产线需要至少一个耗时的工位（均值大于 0 秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station %1 takes no time and the saturated source would fill the unlimited buffer after it without end</source>
        <translation>工位 %1 不耗时，饱和投料源会使其后不限容量的缓冲区无限填充</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>release at takt needs a takt time above 0 s</source>
        <translation>按节拍投料需要大于 0 秒的节拍时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inter-arrival time: %1</source>
        <translation>到达间隔时间：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the mean inter-arrival time must be above 0 s</source>
        <translation>平均到达间隔时间必须大于 0 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the release sequence names a model that does not exist</source>
        <translation>投料顺序引用了不存在的型号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a random model mix needs one share per model</source>
        <translation>随机型号混合需要为每个型号指定一个占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the shift calendar needs a period above 0 s</source>
        <translation>班次日历需要大于 0 秒的周期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the calendar&apos;s pauses must be sorted, disjoint and inside the period</source>
        <translation>日历中的暂停必须按顺序排列、互不重叠且位于周期之内</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the shift calendar leaves no working time</source>
        <translation>班次日历中没有任何工作时间</translation>
    </message>
</context>
</TS>
