<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/shell/about.py" line="18"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="22"/>
        <source>&lt;h3&gt;Walkaway {version}&lt;/h3&gt;&lt;p&gt;Plan the point where you walk away from a negotiation, commit to it, and hold it.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · SQLAlchemy {sqlalchemy} · ReportLab {reportlab}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="39"/>
        <source>About Walkaway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterWalkSection</name>
    <message>
        <location filename="../../ui/after_walk/section.py" line="31"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="32"/>
        <source>Reopen the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="34"/>
        <source>Record Outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="35"/>
        <source>Record how the deal ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="53"/>
        <source>This section fills in once you walk away from the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="81"/>
        <source>You walked away on {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="86"/>
        <source>Follow up on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="88"/>
        <source>Follow-up moved on {at} from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="62"/>
        <source>Reopened on {day}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="64"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="64"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="64"/>
        <source>not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="66"/>
        <source>Would you sign it if it walked in today? On reopening: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/section.py" line="73"/>
        <source>Ended {day}: {status}{amount}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlternativePage</name>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="119"/>
        <source>3 · Your best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="120"/>
        <source>What will you do if there is no deal? It is the floor under your walk-away point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="123"/>
        <source>Best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="124"/>
        <source>What you will do if there is no deal, e.g. stay with the current supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="125"/>
        <source>e.g. Stay with the current supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="127"/>
        <source>What the best alternative is worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="128"/>
        <source>What that alternative is worth to you, in the deal&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="131"/>
        <source>A&amp;lternative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="132"/>
        <source>Its &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="133"/>
        <source>Leave it empty if there is none yet; the brief will say so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alternatives</name>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="26"/>
        <source>a likelihood is between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="30"/>
        <source>at most two decimals in a percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlternativesModel</name>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="44"/>
        <source>Alternative</source>
        <extracomment>The user changed the table: the new list of alternatives. An edit was refused; the message says why (shown next to the table).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="44"/>
        <source>Worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="44"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="44"/>
        <source>Likelihood (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="107"/>
        <source>Your best alternative: what you will do if there is no deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives_model.py" line="121"/>
        <source>an alternative needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlternativesSection</name>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="34"/>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="36"/>
        <source>What you can do if there is no deal: each option with its value and how likely it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="61"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="62"/>
        <source>Add alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="64"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="65"/>
        <source>Remove alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="67"/>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="68"/>
        <source>Move alternative up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="70"/>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="71"/>
        <source>Move alternative down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="87"/>
        <source>What will you do if this deal does not happen? Give each alternative what it is worth to you in the deal&apos;s terms. The best one (★) sets the floor for your walk-away point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="102"/>
        <source>Edit alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="110"/>
        <source>New alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="158"/>
        <source>Best alternative: {name}, worth {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/alternatives.py" line="164"/>
        <source>No alternative has a value yet: without one, your walk-away point has no floor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <location filename="../../ui/common/amount_edit.py" line="116"/>
        <source>an amount is needed here</source>
        <extracomment>What ``_check`` returns for text that does not parse (``None`` means &quot;empty&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="73"/>
        <source>more than one decimal separator ({point})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="77"/>
        <location filename="../../ui/common/amount_parse.py" line="111"/>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="81"/>
        <source>not an amount here: write decimals with &apos;{point}&apos; as in {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="85"/>
        <source>not an amount: use digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="89"/>
        <source>the digit grouping is off: &apos;{group}&apos; separates thousands here, decimals use &apos;{point}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="106"/>
        <source>at most 4 digits after the decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="108"/>
        <source>too large: at most 15 digits before the decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/amount_parse.py" line="110"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="67"/>
        <source>Something went wrong: {error}.
Your plans are safe; the details are in {log}.</source>
        <extracomment>Set to make the window quit right after its first paint with the deal list (start-up benchmark). Error boxes on screen, referenced so Python does not collect a parentless one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <source>Walkaway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefFeature</name>
    <message>
        <location filename="../../ui/brief/feature.py" line="71"/>
        <source>&amp;Commit and Sign…</source>
        <extracomment>The clock of commit, revise and export (tests pin it). Asks where to export (``choose(parent, suggested, chosen)``); tests hand over a path at once. The open commit/revise/print dialog, for tests and to keep it alive.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="78"/>
        <source>&amp;Revise Commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="84"/>
        <source>&amp;Export Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="87"/>
        <source>&amp;Print Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="93"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="192"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="194"/>
        <source>not signed: the commitment was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="196"/>
        <source>draft, not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/feature.py" line="198"/>
        <source>Brief exported ({state})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../ui/brief/preview.py" line="63"/>
        <source>Brief preview</source>
        <extracomment>How long after the last edit the brief is rebuilt.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/preview.py" line="67"/>
        <source>Brief status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/preview.py" line="139"/>
        <source>Some texts are shortened to fit one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/preview.py" line="146"/>
        <source>The brief could not be built: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseUnsavedBox</name>
    <message>
        <location filename="../../ui/session/close_unsaved.py" line="19"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/close_unsaved.py" line="21"/>
        <source>The latest changes could not be written to the file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/close_unsaved.py" line="23"/>
        <source>Export a copy to keep them, or close without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/close_unsaved.py" line="24"/>
        <source>Export a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/close_unsaved.py" line="25"/>
        <source>Close Without Them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="46"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="88"/>
        <location filename="../../ui/brief/commit_dialog.py" line="133"/>
        <location filename="../../ui/brief/commit_dialog.py" line="134"/>
        <source>Commit and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="91"/>
        <source>Commit to the walk-away point of “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="105"/>
        <source>Statement you sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="108"/>
        <source>After you commit, the walk-away point, its conditions and the side are locked. Moving them later is a recorded revision with a reason and a new signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="115"/>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="116"/>
        <source>Your full name, as it will stand under the statement and on the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="117"/>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="120"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="123"/>
        <source>&amp;Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="124"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="125"/>
        <source>Signature (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="127"/>
        <source>I confirm this statement and will hold to it in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="128"/>
        <source>Confirm the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="129"/>
        <source>Tick to say you will hold to this point in the room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitLock</name>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="30"/>
        <source>the walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="31"/>
        <source>its conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="32"/>
        <source>the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="33"/>
        <source>the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="34"/>
        <source>the package&apos;s terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="35"/>
        <source>the price&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="36"/>
        <source>the minimum package score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="47"/>
        <source>Committed plans keep {names} as signed. Use Deal ▸ Revise commitment… to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="62"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="63"/>
        <source>Revise commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="64"/>
        <source>Revise commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="90"/>
        <source>Imported commitment: revision {revision}, signed by {signer} on {day} on another computer. The walk-away point is locked; its brief is not signed here until you revise the commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="96"/>
        <source>Committed: revision {revision}, signed by {signer} on {day}. The walk-away point and the package are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_lock.py" line="102"/>
        <source>Committed: revision {revision}, signed by {signer} on {day}. The walk-away point is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/locked_look.py" line="20"/>
        <source>Locked by your signed commitment: use Deal ▸ Revise commitment… to move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../../ui/shell/crash_notice.py" line="15"/>
        <source>Walkaway did not close properly last time (the session begun {started}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/crash_notice.py" line="19"/>
        <source>Every change saved before then is in {file}; Walkaway saves each change within a second, so at most the last second of typing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/crash_notice.py" line="25"/>
        <source>A technical trace for a bug report is in {trace}. It names program lines only, none of your plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/crash_notice.py" line="38"/>
        <source>Walkaway closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <location filename="../../ui/deals/actions.py" line="44"/>
        <source>New plan “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/actions.py" line="55"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/actions.py" line="66"/>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/actions.py" line="67"/>
        <source>Delete “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/actions.py" line="72"/>
        <source>Edit › Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/actions.py" line="74"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/actions.py" line="81"/>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../ui/editor/__init__.py" line="82"/>
        <source>Sections of the plan</source>
        <extracomment>What :meth:`set_writable` switched off, to switch exactly that on again. Widgets above the sections (the verdict banner); added with :meth:`add_banner`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/__init__.py" line="86"/>
        <source>The parts of the plan; Ctrl+PgDown and Ctrl+PgUp move between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="25"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="27"/>
        <source>Walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="30"/>
        <source>Target and opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="32"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="34"/>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="37"/>
        <source>Their side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="39"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/sections.py" line="41"/>
        <source>Walk-away script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <location filename="../../ui/common/status_text.py" line="12"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/status_text.py" line="13"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/status_text.py" line="14"/>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/status_text.py" line="15"/>
        <source>Walked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/status_text.py" line="16"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/status_text.py" line="17"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/status_text.py" line="18"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <location filename="../../ui/deals/list_model.py" line="59"/>
        <source>Deal</source>
        <extracomment>The deal id of a row, for any column. Display texts per deal id, made on first display (formatting 10,000 amounts up front would not pay).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_model.py" line="60"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_model.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_model.py" line="62"/>
        <source>Walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_model.py" line="63"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListPane</name>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="46"/>
        <source>Search title or counterparty</source>
        <extracomment>Statuses where the deal still needs the user (the default filter entry &quot;Open deals&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="47"/>
        <source>Search deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="48"/>
        <source>Show only deals whose title or counterparty holds these letters (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="61"/>
        <source>Show deals with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="62"/>
        <source>Show all deals, the open ones, or the deals in one stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="63"/>
        <source>All deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="64"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/list_pane.py" line="72"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealPage</name>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="43"/>
        <source>1 · The deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="44"/>
        <source>What is being negotiated, and with whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="47"/>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="48"/>
        <source>A short name for this negotiation, e.g. “Office lease renewal 2027”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="50"/>
        <source>e.g. Office lease renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="52"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="53"/>
        <source>Who you negotiate with: the company or the person on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="56"/>
        <source>Our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="58"/>
        <source>Whether you pay or are paid: it decides which way your walk-away point limits the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="60"/>
        <source>We buy (we pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="61"/>
        <source>We sell (we are paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="63"/>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="65"/>
        <source>The currency of every amount in this plan, as a three-letter code: EUR, USD, GBP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="69"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="70"/>
        <source>Optional: what an amount is for, e.g. “per year”, “per month” or “per event”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="71"/>
        <source>e.g. per year (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="72"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="73"/>
        <source>&amp;Counterparty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="74"/>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="75"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="76"/>
        <source>Un&amp;it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="16"/>
        <source>No plans in this file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="24"/>
        <source>Decide your walk-away point while you are calm, before the meeting:
the worst deal you will accept, and what you will say when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="31"/>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="32"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="35"/>
        <source>&amp;Quick plan (five steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="36"/>
        <source>Quick plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="38"/>
        <source>Open the de&amp;mo plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/empty_state.py" line="39"/>
        <source>Open the demo plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/session/file_actions.py" line="88"/>
        <source>No recent files</source>
        <extracomment>A Walkaway file (a Path) or a team server (a ServerAddress) to show in a window (new, opened, recent): the window manager opens it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="118"/>
        <source>New plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="125"/>
        <source>Open a Walkaway file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="134"/>
        <source>Save a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="154"/>
        <source>Could not save a local copy to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="161"/>
        <source>Saved {count} deal(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="170"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="188"/>
        <source>Choose another name: that is the file you have open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="196"/>
        <source>Could not save a copy to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="203"/>
        <source>Saved a copy to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="213"/>
        <source>Import plan files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="231"/>
        <source>Imported {count} plan(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="244"/>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="262"/>
        <source>Could not export to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/file_actions.py" line="269"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileNotices</name>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="42"/>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="77"/>
        <source>{path} is readable by other users and could not be made private ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="81"/>
        <source>{path} was readable by other users; it is now readable by you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="103"/>
        <source>Restored the backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="105"/>
        <source>The file it replaced was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="117"/>
        <source>{title} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="119"/>
        <source>Read-only: this file is open in another Walkaway window. You can read your plans here; make changes in that window, so that neither overwrites the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/file_notices.py" line="124"/>
        <location filename="../../ui/shell/file_notices.py" line="131"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpNotice</name>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="28"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="31"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="32"/>
        <source>Show the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="34"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="35"/>
        <source>Dismiss the follow-up notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="72"/>
        <source>{names} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="76"/>
        <source>A follow-up is overdue: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="78"/>
        <source>A follow-up is due today: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="81"/>
        <source>{n} follow-ups are due, {late} of them overdue: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followup_notice.py" line="83"/>
        <source>{n} follow-ups are due today: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsFeature</name>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="53"/>
        <location filename="../../ui/after_walk/feature.py" line="81"/>
        <source>After the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="57"/>
        <source>They came back: reopen the walked deal, with its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="55"/>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="60"/>
        <source>Record Outco&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="89"/>
        <source>F&amp;ollow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="90"/>
        <source>Show &amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="94"/>
        <source>Walking &amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="97"/>
        <source>&amp;Export Follow-ups to Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="106"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="151"/>
        <source>1 follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="151"/>
        <source>{n} follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="185"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/feature.py" line="186"/>
        <source>Walking record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="33"/>
        <source>Due today</source>
        <extracomment>The deal id of a row, for views that act on the selection. The row&apos;s :class:`FollowUp` itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="35"/>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="37"/>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="39"/>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="40"/>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="50"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="51"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="52"/>
        <source>Walked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="53"/>
        <source>Why we walked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="54"/>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_model.py" line="55"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="51"/>
        <source>Export follow-ups to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="52"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="108"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="121"/>
        <source>No walked deal is waiting for a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="126"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="127"/>
        <source>Snooze the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="132"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="133"/>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="134"/>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="135"/>
        <source>In two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="146"/>
        <source>New follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="147"/>
        <source>The new day to follow up; Move to this date sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="148"/>
        <source>Move to this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="149"/>
        <source>Reschedule the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="152"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="153"/>
        <source>Reopen the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="155"/>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="157"/>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="158"/>
        <source>Export the follow-ups as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="303"/>
        <source>Could not write {name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="328"/>
        <source>Walked deals you plan to call back appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/followups_view.py" line="329"/>
        <source>{overdue} overdue, {due} due today, {upcoming} coming up. Oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="33"/>
        <source>Walkaway guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="37"/>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="39"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="41"/>
        <source>Go back to the previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="43"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="44"/>
        <source>Go to the start of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="68"/>
        <source>The guide could not be found at {path}. Reinstalling Walkaway restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="74"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/guide_viewer.py" line="77"/>
        <source>The method and the program, explained in a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <location filename="../../ui/session/input_rules.py" line="27"/>
        <source>Not kept: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="71"/>
        <source>{name}[*] — Walkaway</source>
        <extracomment>Another Walkaway file to show (File › New, Open, Open Recent): the window manager opens it. What features are given (they never see the window itself).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="78"/>
        <source>Choose a deal on the left, or create a new plan.</source>
        <extracomment>The brief preview&apos;s place, folded away with View › Brief Preview (F9).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="181"/>
        <source>Walkaway</source>
        <extracomment>Size, place and panes: restored, kept on the screen, saved (ui/shell/window_layout.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="209"/>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="212"/>
        <source>Quic&amp;k Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="215"/>
        <source>D&amp;uplicate as New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="218"/>
        <source>&amp;Delete Deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="224"/>
        <source>New Plan &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="225"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="226"/>
        <source>Open a &amp;Team Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="227"/>
        <source>Open the deals shared with you on your team&apos;s PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="229"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="234"/>
        <source>Save a &amp;Local Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="236"/>
        <source>&amp;Import Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="237"/>
        <source>&amp;Export Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="239"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="242"/>
        <source>&amp;Find Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="244"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="247"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="250"/>
        <source>&amp;About Walkaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="271"/>
        <source>&amp;File</source>
        <extracomment>Every action that writes the file: off while the session is not writable. A group, so an action&apos;s own state (no deal open, the wrong stage) and the file&apos;s state both count.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="275"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="292"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="298"/>
        <source>&amp;Deal</source>
        <extracomment>Actions on the open deal; other features add theirs with add_deal_action().</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="303"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="306"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="309"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="324"/>
        <source>Saved — {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="359"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="26"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="31"/>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="32"/>
        <source>A short name for this negotiation, e.g. “Office lease renewal 2027”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="34"/>
        <source>e.g. Office lease renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="35"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="37"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="38"/>
        <source>Who you negotiate with: the company or the person on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="40"/>
        <source>&amp;Counterparty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="42"/>
        <source>Our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="44"/>
        <source>Whether you pay or are paid: it decides which way your walk-away point limits the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="46"/>
        <source>We buy (we pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="47"/>
        <source>We sell (we are paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="48"/>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="50"/>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="52"/>
        <source>The currency of every amount in this plan, as a three-letter code: EUR, USD, GBP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="55"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="57"/>
        <source>Walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="58"/>
        <source>The worst figure you would still sign: past it, you leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/new_plan.py" line="59"/>
        <source>&amp;Walk-away point:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersChart</name>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="67"/>
        <source>Offers over the rounds</source>
        <extracomment>The package score axis: 0 to 100 in quarters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="133"/>
        <source>Their offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="134"/>
        <source>Our offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="136"/>
        <source>Walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="137"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="140"/>
        <source>Best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="143"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="160"/>
        <source>The package score of each round (right axis, 0 to 100) against your minimum (the dotted line of the same colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="171"/>
        <source>Package score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="175"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/offers_chart.py" line="192"/>
        <source>Minimum package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenErrorBox</name>
    <message>
        <location filename="../../ui/session/open_errors.py" line="99"/>
        <source>Walkaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="107"/>
        <source>Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="108"/>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="110"/>
        <source>Open Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="113"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../ui/session/open_errors.py" line="38"/>
        <source>The file is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="39"/>
        <source>Another copy of Walkaway, or another program, is writing to it. Nothing was changed. Close that program, or wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="50"/>
        <source>The file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="51"/>
        <source>It cannot be read safely, so Walkaway left it exactly as it is. Restore a backup copy: the damaged file is kept beside it, renamed, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="62"/>
        <source>This is not a Walkaway file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="63"/>
        <source>Walkaway did not change it. Choose a Walkaway file (*.walkaway) instead; plan files (*.walkaway.json) are brought in with File › Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="74"/>
        <source>This file was made by a newer version of Walkaway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="75"/>
        <source>This version cannot read it without risking your plans, so it left the file as it is. Update Walkaway to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/open_errors.py" line="84"/>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="56"/>
        <source>How did “{title}” end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="59"/>
        <source>&amp;Agreed: we have a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="60"/>
        <source>They came back and you agreed terms: record the amount below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="61"/>
        <source>&amp;Dropped: no deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="62"/>
        <source>The deal ended without an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="79"/>
        <source>When it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="80"/>
        <source>The day the deal was agreed or dropped (today at the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="82"/>
        <source>The agreed amount, in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="83"/>
        <source>Agreed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="85"/>
        <source>What you agreed, in {currency}{unit}: it is compared with your walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="92"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="93"/>
        <source>Optional: anything worth remembering about how it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="97"/>
        <source>How it ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="98"/>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="101"/>
        <source>Agreed a&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="103"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="111"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="144"/>
        <source>{money} past the original walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/outcome_dialog.py" line="146"/>
        <source>within the original walk-away point, {money} to spare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../ui/editor/overview.py" line="27"/>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="28"/>
        <source>A short name for this negotiation, e.g. “Office lease renewal 2027”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="29"/>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="30"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="34"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="35"/>
        <source>Who you negotiate with: the company or the person on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="39"/>
        <source>Edit counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="42"/>
        <source>&amp;Counterparty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="45"/>
        <source>Our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="47"/>
        <source>Whether you pay or are paid: it decides which way your walk-away point limits the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="50"/>
        <source>We buy (we pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="51"/>
        <source>We sell (we are paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="54"/>
        <source>Change side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="57"/>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="63"/>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="65"/>
        <source>The currency of every amount in this plan, as a three-letter code: EUR, USD, GBP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="71"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="72"/>
        <source>Three letters, as on an invoice: EUR, USD, GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="75"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="76"/>
        <source>Optional: what an amount is for, e.g. “per year”, “per month” or “per event”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="78"/>
        <source>e.g. per year, per month, per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="79"/>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="80"/>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="89"/>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="100"/>
        <source>Your walk-away point is the most you will pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/overview.py" line="102"/>
        <source>Your walk-away point is the least you will accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="47"/>
        <source>Optional · Besides the price</source>
        <extracomment>The price&apos;s weight; the terms share as much again between them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="50"/>
        <source>Each term scores 0 at the worst you would take and 100 at the best you could hope for; e.g. Warranty: worst 1, best 5 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="56"/>
        <source>Terms besides the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="58"/>
        <source>One term a row: its name, the worst you would take, the best you could hope for, its unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="60"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="60"/>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="60"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="60"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="72"/>
        <source>Anot&amp;her term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="73"/>
        <source>Add a row for one more term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="92"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="94"/>
        <source>What you aim for: the price scores 100 here and 0 at your walk-away point (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="97"/>
        <source>Targ&amp;et:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="101"/>
        <source> of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="103"/>
        <source>Minimum package score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="104"/>
        <source>The least package score you accept: below it, you don&apos;t accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="105"/>
        <source>&amp;Minimum score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="108"/>
        <source>The price counts half, the terms the other half; change it in the Package section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="134"/>
        <source>Row {row} needs the term&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="136"/>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="136"/>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="140"/>
        <source>{term}: the {what} value {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="143"/>
        <source>{term} needs its {what} value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_package.py" line="147"/>
        <source>{term}: the best and the worst value must differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <location filename="../../ui/editor/package.py" line="75"/>
        <source>Optional. When more than the price matters (warranty, delivery, remote days), score the whole package from 0 to 100: each term from its worst (0) to its best (100), the price from your walk-away point (0) to your target (100), weighted.</source>
        <extracomment>A new term&apos;s weight, and the price&apos;s when the first term makes the plan a package.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="83"/>
        <source>Terms besides the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="84"/>
        <source>The terms that matter besides the price; select one to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="88"/>
        <source>Add te&amp;rm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="89"/>
        <location filename="../../ui/editor/package.py" line="316"/>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="90"/>
        <source>Add a term besides the price, e.g. the warranty or the delivery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="92"/>
        <location filename="../../ui/editor/package.py" line="332"/>
        <source>Remove term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="93"/>
        <source>Remove the selected term (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="103"/>
        <source>No terms besides the price: the walk-away point is all that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="110"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="111"/>
        <source>How much each part counts: its share is its weight over all the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="114"/>
        <source>Weight of the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="117"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="124"/>
        <source>Minimum package score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="126"/>
        <source>The least package score you accept, from 0 to 100: below it, you don&apos;t accept (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="137"/>
        <source>of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="141"/>
        <source>Price for what it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="144"/>
        <source>A price they might offer: the line below says what the other terms must then give (your target when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="161"/>
        <source>M&amp;inimum score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="165"/>
        <source>A package below it is a reason to counter, and to walk once they call it final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="167"/>
        <source>What it takes &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="178"/>
        <source>Its weight, from 1 to 100; the share beside it is what it counts in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="205"/>
        <source>your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="220"/>
        <source>Locked by your signed commitment: the terms stay as signed. Revise commitment… moves their weights and the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="245"/>
        <source>The price&apos;s share of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="247"/>
        <source>The price is not scored: give a target (or an opening) better than your walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="251"/>
        <source>Weight of {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="295"/>
        <source>Give a minimum score to see what the other terms must give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="308"/>
        <source>New term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="343"/>
        <source>Edit term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="350"/>
        <location filename="../../ui/editor/package.py" line="354"/>
        <source>Edit weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="359"/>
        <source>The minimum score {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package.py" line="363"/>
        <source>Edit minimum score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageText</name>
    <message>
        <location filename="../../ui/common/package_text.py" line="54"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/package_text.py" line="55"/>
        <source>{share} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/package_text.py" line="71"/>
        <source>{label} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PercentEdit</name>
    <message>
        <location filename="../../ui/common/percent_edit.py" line="24"/>
        <source>How likely, in percent: 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/percent_edit.py" line="25"/>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <location filename="../../ui/session/controller.py" line="188"/>
        <source>Stayed on this deal: its changes are not saved yet ({reason}).</source>
        <extracomment>The longest an edit waits before it is written to the file. Waits before writing a refused edit again (the last one repeats): a busy file, a full disk. The open file: its lock, its Store and its state (ui/session/file_session.py), or the team server (ui/session/team_session.py: the same calls and signals). The calendar, injected so that date defaults are testable. Checks every edit must pass: ``guard(before, after)`` returns why it is refused, or None. (The commitment lock uses one: a committed walk-away point moves only by revision.) Why the last write of the plan on screen was refused (&quot;&quot; when it is saved). Why the last refused write was refused, whichever deal it was.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/controller.py" line="351"/>
        <source>Duplicate deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../../ui/common/plan_text.py" line="22"/>
        <source>Walk away if they ask more than {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="24"/>
        <source>Walk away if they offer less than {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="28"/>
        <source>Also walk away if the condition is not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="30"/>
        <source>Also walk away if any of the {count} conditions is not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="34"/>
        <source>Also walk away if the package scores below {minimum} of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="49"/>
        <source>Worse than your best alternative, {name} at {amount}: a deal at this point leaves you worse off than walking away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="60"/>
        <source>Your walk-away point is below your target: when buying, the target is the lower figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="63"/>
        <source>Your walk-away point is above your target: when selling, the target is the higher figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="72"/>
        <source>Estimate their walk-away point to see whether a deal is possible at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="78"/>
        <source>A deal is possible between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="82"/>
        <source>No deal is possible: they would not sell below {theirs}, and you would not pay more than {ours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/plan_text.py" line="86"/>
        <source>No deal is possible: they would not pay more than {theirs}, and you would not accept less than {ours}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/brief/printing.py" line="79"/>
        <source>Print brief</source>
        <extracomment>Rendering above this resolution only costs memory: the brief is text and lines.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/printing.py" line="90"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/export.py" line="37"/>
        <source>Export brief</source>
        <extracomment>``choose(parent, suggested name, chosen)``: ask where, and call ``chosen(path)`` if the user says.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/export.py" line="38"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPlanWizard</name>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="185"/>
        <source>Quick plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="213"/>
        <source>Thank you for the time and work you have put into this with us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="215"/>
        <source>Given our budget of {amount}, this offer does not work for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="217"/>
        <source>Given that we cannot go below {amount}, this offer does not work for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="220"/>
        <source>If something changes on your side, call me: I would be glad to talk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="47"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="108"/>
        <source>They called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="48"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="109"/>
        <source>New budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="49"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="110"/>
        <source>New decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="50"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="111"/>
        <source>Their alternative fell through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="51"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="144"/>
        <source>Would I sign this if it walked in today, for the first time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="74"/>
        <source>Reopen “{title}”</source>
        <extracomment>Answers to the first-time-today question, as stored (``None``: not sure yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="88"/>
        <source>You walked away on {day}: {reason}
The walk-away point committed before the walk: {point}. Their renewed offer is judged against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="100"/>
        <source>When they came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="101"/>
        <source>The day they came back, between the walk and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="115"/>
        <source>They called back, new budget, new decision maker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="116"/>
        <source>Why the deal is reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="117"/>
        <source>Why the deal comes back: choose one or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="121"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="123"/>
        <source>Optional: what exactly they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="122"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="141"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="126"/>
        <source>Optional, in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="127"/>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="142"/>
        <source>Their renewed offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="129"/>
        <source>Optional: their new offer; it is judged against the point committed before the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="139"/>
        <source>They came back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="140"/>
        <source>Why it reopens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="145"/>
        <source>First-time-today test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="150"/>
        <source>Yes, I would sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="151"/>
        <source>No, I would not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="152"/>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="156"/>
        <source>Your answer to the question above, judging the offer as if it were new today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="161"/>
        <source>Forget the walk and the hours already spent: judge the offer as if it were new today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="174"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="175"/>
        <source>Reopen the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="222"/>
        <source>{money} short of the walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="224"/>
        <source>exactly at the walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/reopen_dialog.py" line="225"/>
        <source>{money} inside the walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationPage</name>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="88"/>
        <source>2 · Your walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="89"/>
        <source>The worst deal you will accept. Past this point, you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="92"/>
        <source>Walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="93"/>
        <source>The worst figure you would still sign: past it, you leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="95"/>
        <source>&amp;Walk-away point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="96"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="96"/>
        <source>A condition that must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="97"/>
        <source>C&amp;onditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="98"/>
        <source>Terms that must hold whatever the price (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="99"/>
        <source>Anything besides &amp;price that matters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="100"/>
        <source>Score terms besides the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="102"/>
        <source>Tick to add terms such as warranty or delivery in one more step; leave it to skip that step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReservationSection</name>
    <message>
        <location filename="../../ui/editor/reservation.py" line="51"/>
        <source>Walk-away point amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="53"/>
        <source>Your walk-away point: the worst figure you would still sign. Past it, you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="57"/>
        <source>&amp;Walk-away point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="72"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="72"/>
        <source>A condition that must hold, whatever the price, e.g. &apos;Net 30 payment&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="76"/>
        <source>Edit conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="79"/>
        <source>Co&amp;nditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="80"/>
        <source>Every condition must hold; a deal that breaks one is below your point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="82"/>
        <source>Why this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="84"/>
        <source>Why this figure: what you compared it with when you decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="88"/>
        <source>Edit rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="91"/>
        <source>Wh&amp;y this point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="97"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="94"/>
        <source>What it rests on: your alternatives, your costs, what you learned about the market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="98"/>
        <source>The walk-away point is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="99"/>
        <source>Tick once the point is settled, calmly and before the talks begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="101"/>
        <source>Date the walk-away point was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="102"/>
        <source>The day you settled the walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="106"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="117"/>
        <source>Decided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="122"/>
        <source>Edit walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="129"/>
        <source>Mark decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="135"/>
        <source>Change decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/reservation.py" line="144"/>
        <source>In words: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="58"/>
        <source>Restore from Backup</source>
        <extracomment>Emitted after a restore with the path the replaced file was renamed to (or ``None``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="63"/>
        <source>Copies of {name}, newest first. Walkaway makes one each day you use the file and keeps a week of them. Restoring puts the chosen copy in place of the file; the file as it is now is kept beside it under a new name, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="71"/>
        <source>Backup copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="72"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="72"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="72"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="72"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="75"/>
        <source>The copies of this file, newest first: choose one to put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="79"/>
        <source>There are no backup copies of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="88"/>
        <source>&amp;Restore This Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="90"/>
        <source>Restore this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="105"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/restore_dialog.py" line="105"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviseDialog</name>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="63"/>
        <source>Revise commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="68"/>
        <source>%s Would you move this point if the deal were new to you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="73"/>
        <source>Time already invested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="76"/>
        <source>Earlier revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="77"/>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="77"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="77"/>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="77"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="83"/>
        <source>(commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="93"/>
        <source>New walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="94"/>
        <source>The walk-away point from this revision on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="96"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="97"/>
        <source>Whether you pay or are paid in this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="98"/>
        <source>Buying (the most we pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="99"/>
        <source>Selling (the least we accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="102"/>
        <source>Conditions, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="103"/>
        <source>The conditions that must all hold, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="106"/>
        <source>Reason for the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="107"/>
        <source>Why the point moves: what changed outside this negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="108"/>
        <source>What changed, outside this negotiation&apos;s momentum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="111"/>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="112"/>
        <source>Your full name, as it will stand under the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="117"/>
        <source>New &amp;point (%s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="118"/>
        <source>S&amp;ide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="119"/>
        <source>&amp;Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="123"/>
        <source>Pac&amp;kage:</source>
        <extracomment>A plan with a package: its minimum score and weights move here too (issue 19).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="125"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="126"/>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="127"/>
        <source>New signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="132"/>
        <source>Sign revision %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="134"/>
        <source>Sign the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="140"/>
        <source>History of this point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="155"/>
        <source>A revision needs a reason, a name and a new signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="168"/>
        <source>New point: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_dialog.py" line="168"/>
        <source>an amount is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisePackage</name>
    <message>
        <location filename="../../ui/brief/revise_package.py" line="40"/>
        <source>New minimum package score</source>
        <extracomment>The minimum and the weights side by side, four a line, so that the dialog stays short (1366×768 at 150 %).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_package.py" line="41"/>
        <source>The least package score you accept from this revision on, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_package.py" line="47"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_package.py" line="49"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_package.py" line="54"/>
        <source>New weight of {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_package.py" line="55"/>
        <source>How much {part} counts from this revision on, 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/revise_package.py" line="72"/>
        <location filename="../../ui/brief/revise_package.py" line="75"/>
        <source>Minimum package score: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <location filename="../../ui/room/feature.py" line="55"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/feature.py" line="57"/>
        <source>&amp;Walk Away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/feature.py" line="65"/>
        <source>&amp;Threatening to Walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/feature.py" line="60"/>
        <source>Say the three-part script and record the walk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="40"/>
        <source>Correct round {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="44"/>
        <source>What they offered in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="48"/>
        <source>The log of rounds is evidence: the round as it was logged stays in the deal&apos;s history beside the correction, with the time you made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="66"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="67"/>
        <source>Their offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="69"/>
        <source>Our offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="71"/>
        <source>Unmet conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="72"/>
        <source>Signals seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="73"/>
        <source>First time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="74"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_dialog.py" line="75"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundFields</name>
    <message>
        <location filename="../../ui/room/round_fields.py" line="64"/>
        <source>Date of the round</source>
        <extracomment>Enter in a term&apos;s field: the entry row logs the round.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="65"/>
        <source>When the round took place (today unless you change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="67"/>
        <location filename="../../ui/room/round_fields.py" line="68"/>
        <location filename="../../ui/room/round_fields.py" line="259"/>
        <source>Their offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="69"/>
        <source>What they offered in this round; Enter logs the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="71"/>
        <location filename="../../ui/room/round_fields.py" line="72"/>
        <location filename="../../ui/room/round_fields.py" line="260"/>
        <source>Our offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="73"/>
        <source>What you offered in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="74"/>
        <source>Their final offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="75"/>
        <source>They said this is their final offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="77"/>
        <source>They said this is their final, best or last offer: past your point, that means walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="79"/>
        <source>Unmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="80"/>
        <source>Unmet conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="81"/>
        <source>Conditions of your walk-away point not met in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="82"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="83"/>
        <source>Signals seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="84"/>
        <source>Warning signs seen in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="86"/>
        <source>First time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="87"/>
        <source>Would sign: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="88"/>
        <source>Would sign: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="90"/>
        <source>Would you sign this if it walked in for the first time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="92"/>
        <source>If this deal walked in for the first time today, would you sign it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="94"/>
        <location filename="../../ui/room/round_fields.py" line="265"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="95"/>
        <source>Hours spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="96"/>
        <source>Time this round took, e.g. 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="99"/>
        <location filename="../../ui/room/round_fields.py" line="100"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="101"/>
        <source>Anything worth remembering about this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="163"/>
        <source>{term}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="168"/>
        <location filename="../../ui/room/round_fields.py" line="179"/>
        <source>Their {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="170"/>
        <source>What they offered for {term} in this round (scored: {scores})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/round_fields.py" line="181"/>
        <source>What they offered for {term} in this round: a number (best {best}, worst {worst})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="31"/>
        <source>Their offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="32"/>
        <source>Our offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="33"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="34"/>
        <source>Final?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="35"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="36"/>
        <source>Unmet conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="37"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="38"/>
        <source>First time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="39"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="40"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="89"/>
        <source>No offer or terms to score in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="91"/>
        <source>Package score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="95"/>
        <source>Package score {score} of 100: below your minimum of {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="99"/>
        <source>Package score {score} of 100: at or above your minimum of {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="106"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="114"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="116"/>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="160"/>
        <source>After the deal was reopened ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="164"/>
        <source>{verdict}: the verdict once this round was logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="197"/>
        <source>{score} &lt; {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="199"/>
        <source>{score} ≥ {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="202"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="211"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_model.py" line="212"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsSection</name>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="88"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="91"/>
        <source>Every round logged, in the order it happened, with the verdict it left; ↺ marks rounds after a reopen. Double-click a round to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="113"/>
        <source>Edit round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="114"/>
        <source>Correct the selected round; the correction is kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="116"/>
        <location filename="../../ui/room/rounds_section.py" line="338"/>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="117"/>
        <source>Delete the selected round; it is kept in the history (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="125"/>
        <source>Corrections of logged rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="126"/>
        <source>Rounds corrected after they were logged; hover for the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="141"/>
        <location filename="../../ui/room/rounds_section.py" line="142"/>
        <location filename="../../ui/room/rounds_section.py" line="314"/>
        <source>Log round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="143"/>
        <source>Add this round and update the verdict (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="150"/>
        <source>Round entry error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="159"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="244"/>
        <source>1 correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="244"/>
        <source>{n} corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="248"/>
        <source>No round has been corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="272"/>
        <source>Commit to your walk-away point before the first round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="274"/>
        <source>You walked away from this deal. If they come back, reopen it to log new rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="276"/>
        <source>This deal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/rounds_section.py" line="325"/>
        <source>Edit round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPage</name>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="165"/>
        <source>5 · What you will say when you leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="166"/>
        <source>Three short parts, in your own words. Change the suggestions freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="168"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="169"/>
        <source>Recognise their effort and the time spent, honestly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="170"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="171"/>
        <source>The one specific reason: “Given X, this does not work for us.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="172"/>
        <source>Leave the door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="173"/>
        <source>What would bring you back, and that you would welcome the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="174"/>
        <source>&amp;Acknowledge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="175"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="176"/>
        <source>&amp;Door:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptSection</name>
    <message>
        <location filename="../../ui/editor/script.py" line="17"/>
        <source>Written now, said calmly later. Short sentences you can say out loud without reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="22"/>
        <source>&amp;Acknowledge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="23"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="25"/>
        <source>Recognise their effort and the time spent, honestly, e.g. thank them for the work on the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="29"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="36"/>
        <source>Doo&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="30"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="32"/>
        <source>Name the specific reason: “Given X, this does not work for us.” One fact, no blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="37"/>
        <source>Leave the door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="39"/>
        <source>Say what would bring you back, and that you would welcome the call if it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/script.py" line="45"/>
        <source>Edit script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="34"/>
        <source>Share deal {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="38"/>
        <source>Only the people listed here see this deal, its walk-away point and its rounds. The person who made it always stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="45"/>
        <source>The team members this deal is shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="48"/>
        <source>a team member&apos;s role, e.g. alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="49"/>
        <source>The database role of a member of your team (the owner adds members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="50"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="54"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/dialog.py" line="86"/>
        <source>{role} (made the deal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingFeature</name>
    <message>
        <location filename="../../ui/sharing/feature.py" line="30"/>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/feature.py" line="32"/>
        <source>Who on your team sees this deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <location filename="../../ui/shell/side_pane.py" line="27"/>
        <source>&amp;Brief Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/side_pane.py" line="31"/>
        <source>Show or hide the brief beside the plan (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/side_pane.py" line="32"/>
        <source>Show or hide the brief beside the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalNames</name>
    <message>
        <location filename="../../ui/common/signal_names.py" line="17"/>
        <source>Bad faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/signal_names.py" line="18"/>
        <source>Concessions without trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/signal_names.py" line="19"/>
        <source>Authority problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/signal_names.py" line="20"/>
        <source>Scope drift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../ui/editor/signals.py" line="37"/>
        <source>Your own signal</source>
        <extracomment>The plan files&apos; limit too (planner.plan_rules), so a threshold set here always exports and imports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="43"/>
        <source>They take back what was already agreed, bend facts, or talk with no intention to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="46"/>
        <source>You are asked to give ground again and again, and nothing comes back in return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="49"/>
        <source>The person across the table cannot say yes and keeps needing to “check with someone”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="52"/>
        <source>The deal keeps growing: more work, terms or deliveries appear for the same price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="143"/>
        <source>4 · Signals to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="144"/>
        <source>How many times may each happen before it is enough to walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="156"/>
        <source>Your own signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="157"/>
        <source>Optional: a warning sign of your own for this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="158"/>
        <source>optional, e.g. They bring in a new party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deals/quick_plan.py" line="159"/>
        <source>Your own si&amp;gnal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsSection</name>
    <message>
        <location filename="../../ui/editor/signals.py" line="64"/>
        <source>Set how many times each signal may appear before it is enough to walk away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="66"/>
        <source>Standard signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="77"/>
        <source>Walk after how many: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="78"/>
        <source>How many times this may happen before it counts as a reason to walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="79"/>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="86"/>
        <location filename="../../ui/editor/signals.py" line="96"/>
        <source>Walk after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="89"/>
        <location filename="../../ui/editor/signals.py" line="92"/>
        <source>Your own signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="94"/>
        <source>Warning signs of your own for this deal, each with how many times it may happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="96"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="105"/>
        <source>&amp;Add signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="107"/>
        <source>&amp;Remove signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="114"/>
        <source>Anything particular to this deal, e.g. “They bring in a new party”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="128"/>
        <source>Change signal threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="139"/>
        <source>“{label}” is there already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="144"/>
        <source>“Walk after” is a whole number from 1 to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/signals.py" line="164"/>
        <source>Edit own signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="63"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief/commit_dialog.py" line="64"/>
        <source>Clear the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/signature_pad.py" line="48"/>
        <source>Signature pad</source>
        <extracomment>The exported image is at most this wide: plenty for a 190 pt wide block at print resolution.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/signature_pad.py" line="49"/>
        <source>Draw your signature with a mouse, pen or finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/signature_pad.py" line="50"/>
        <source>Draw your signature here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/signature_pad.py" line="161"/>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsSection</name>
    <message>
        <location filename="../../ui/editor/targets.py" line="23"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="25"/>
        <source>What you aim for: a good result you can argue for, better than your walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="27"/>
        <source>Edit target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="29"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="30"/>
        <source>The deal you aim for and can justify: ambitious, not a wish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="33"/>
        <source>Opening offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="34"/>
        <source>The first figure you will put on the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="35"/>
        <source>Edit opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="36"/>
        <source>O&amp;pening offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="37"/>
        <source>Your first number, if you make the first offer; leave room to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="40"/>
        <source>Walk-away point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="57"/>
        <source>Your opening offer is less ambitious than your target: you would open below what you aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/targets.py" line="59"/>
        <source>Your opening offer is above your target: you would open higher than what you aim for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../../ui/session/team_dialog.py" line="23"/>
        <source>Open a Team Server</source>
        <extracomment>The checked address (a planner.store.server.address.ServerAddress) the user chose.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/team_dialog.py" line="26"/>
        <source>A team server is a PostgreSQL database its owner set up for Walkaway. You see the deals shared with you; your signing key stays on this computer. The password is never typed here: it comes from your password file (~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/team_dialog.py" line="34"/>
        <source>postgresql://you@server.example.com/walkaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/team_dialog.py" line="37"/>
        <source>The server&apos;s address: postgresql://USER@HOST:PORT/DATABASE, or service=NAME from your pg_service.conf. No password in it; a server on another machine is reached over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/team_dialog.py" line="47"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/team_dialog.py" line="62"/>
        <source>Write the address as postgresql://USER@HOST/DATABASE or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <location filename="../../ui/editor/package_term.py" line="56"/>
        <source>Term</source>
        <extracomment>What a term was before its kind switched, to switch back without retyping (by key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="57"/>
        <source>The term as people call it, e.g. Warranty, Delivery, Remote days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="61"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="63"/>
        <source>Its short name in rounds and on the command line (--term KEY=VALUE): letters, digits, _ . -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="70"/>
        <source>Kind of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="72"/>
        <source>A number scored from its worst to its best value, or a few options each with its own score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="74"/>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="75"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="79"/>
        <source>Best value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="81"/>
        <source>The value that scores 100: the best you could hope for (it may be the lower one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="84"/>
        <source>Worst value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="85"/>
        <source>The value that scores 0: the worst you would still take on this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="90"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="91"/>
        <source>Optional: what the number counts, e.g. years, weeks, days a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="97"/>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="106"/>
        <source>Options and their scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="107"/>
        <source>Each option they may offer, with its score from 0 (worst) to 100 (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="108"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="108"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="116"/>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="117"/>
        <source>Add an option to this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="119"/>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="120"/>
        <source>Remove the selected option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="140"/>
        <source>Ter&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="141"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="142"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="143"/>
        <source>Be&amp;st:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="144"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="145"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="226"/>
        <source>A term needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="229"/>
        <source>Key: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="231"/>
        <source>Key: &apos;{key}&apos; is the key of another term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="233"/>
        <source>Best and worst must differ: the term scores from its worst (0) to its best (100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="276"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="276"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="291"/>
        <source>Option {row} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="294"/>
        <source>&apos;{name}&apos; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="299"/>
        <source>{name}: the score {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="303"/>
        <source>{name}: the score {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/package_term.py" line="315"/>
        <location filename="../../ui/editor/package_term.py" line="318"/>
        <source>Option {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextListEdit</name>
    <message>
        <location filename="../../ui/common/text_list_edit.py" line="42"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/text_list_edit.py" line="43"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/text_list_edit.py" line="44"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/text_list_edit.py" line="45"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TheirSideSection</name>
    <message>
        <location filename="../../ui/editor/their_side.py" line="25"/>
        <source>Who decides on their side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="26"/>
        <source>The person who can actually say yes for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="31"/>
        <source>Edit who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="34"/>
        <source>Who de&amp;cides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="36"/>
        <source>Who will be at the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="37"/>
        <source>Who will be in the room for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="42"/>
        <source>Edit who is at the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="45"/>
        <source>At the &amp;table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="51"/>
        <source>Their walk-away point, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="52"/>
        <source>Your estimate of the figure past which they would rather leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="55"/>
        <source>Their &amp;walk-away point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="56"/>
        <source>Your best estimate of the point where they would leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="62"/>
        <source>Zone of agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="64"/>
        <source>Their alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="66"/>
        <source>What they can do if there is no deal with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="70"/>
        <source>Edit their alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="73"/>
        <source>Their &amp;alternatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="74"/>
        <source>What they will do if there is no deal with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="78"/>
        <source>Edit their walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="99"/>
        <source>Find out who can say yes before you meet; otherwise every concession is only a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="102"/>
        <source>⚠ The person who decides will not be at the table: expect “I have to check” and keep your concessions for when they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="106"/>
        <source>Who will be at the table? Ask before you meet whether the person who decides will be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/their_side.py" line="107"/>
        <source>The person who decides will be at the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThenAndNowView</name>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="31"/>
        <source>Then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="61"/>
        <source>Then: their last offer before the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="61"/>
        <source>Now: their renewed approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="69"/>
        <source>Their offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="70"/>
        <source>Against the walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="71"/>
        <source>Conditions not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="72"/>
        <source>Signals seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="95"/>
        <source>Walk-away point committed before the walk: &lt;b&gt;{point}&lt;/b&gt;{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="99"/>
        <source>Revised since: {point}{unit} ({why}). The original point still judges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="100"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="108"/>
        <location filename="../../ui/after_walk/then_and_now.py" line="112"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="134"/>
        <source>{money} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="137"/>
        <source>meets it, {money} to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="145"/>
        <source>Their offer moved {money} your way ({pct} % of the walk-away point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="151"/>
        <source>Their offer moved {money} against you ({pct} % of the walk-away point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="156"/>
        <source>No renewed offer logged yet: log it as a round of the new phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="158"/>
        <source>Now met: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/then_and_now.py" line="160"/>
        <source>Newly unmet: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatHelper</name>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="28"/>
        <source>Threatening to walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="33"/>
        <source>&lt;b&gt;The sixty-second rule.&lt;/b&gt; Say you will walk only if you would stand up and leave within the next minute when they answer no. A bluff that gets called costs more than the point it was meant to win: every later warning of yours will be weighed against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="41"/>
        <source>&lt;b&gt;If they say no, will you leave within sixty seconds?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="47"/>
        <source>Other pressure moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="50"/>
        <source>Yes: walk away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="51"/>
        <source>Yes: walk away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="52"/>
        <source>Then do not threaten: walk, calmly, with the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="53"/>
        <location filename="../../ui/room/threat_helper.py" line="54"/>
        <source>No: use another move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="64"/>
        <source>If not, these put on pressure without a bluff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="78"/>
        <source>“We are also talking to others: {alternative} is a real option for us.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="82"/>
        <source>“We are also looking at {alternative}.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="84"/>
        <source>You have no alternative written down yet: add one to your plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="89"/>
        <source>“At {offer}, the price does not work for us. What can move on your side?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="93"/>
        <source>“{condition} has to be part of this. How will you cover it?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="95"/>
        <source>Name one specific term that does not work for you, and ask how they would fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="98"/>
        <source>“I need to take this back to my side before I can answer. Can we pick it up tomorrow?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="101"/>
        <source>“I need to take this back to my side before I can answer. Will {who} be there when we pick it up?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="105"/>
        <source>Introduce an alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="106"/>
        <source>Raise a specific concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/threat_helper.py" line="107"/>
        <source>Ask for time to consult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedBar</name>
    <message>
        <location filename="../../ui/session/unsaved_bar.py" line="27"/>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/unsaved_bar.py" line="28"/>
        <source>Write the changes to the file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/unsaved_bar.py" line="30"/>
        <source>Export a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/unsaved_bar.py" line="32"/>
        <source>Save this deal, with the changes not yet in the file, as a plan file you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/unsaved_bar.py" line="45"/>
        <source>Not saved yet: {reason}. Your changes are kept here; Walkaway tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/unsaved_bar.py" line="47"/>
        <source>Not saved: {reason}. Your changes are kept here; export a copy to keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="15"/>
        <source>WALK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="16"/>
        <source>CONSIDER WALKING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="17"/>
        <source>DON&apos;T ACCEPT — COUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="18"/>
        <source>PROCEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="19"/>
        <source>NO OFFER YET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="26"/>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="27"/>
        <source>Consider walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="28"/>
        <source>Don&apos;t accept — counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="29"/>
        <source>Proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="30"/>
        <source>No offer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../ui/room/verdict_banner.py" line="91"/>
        <location filename="../../ui/room/verdict_banner.py" line="99"/>
        <source>Verdict</source>
        <extracomment>Deals where the verdict still matters: the room is open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/verdict_banner.py" line="105"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/verdict_banner.py" line="115"/>
        <location filename="../../ui/room/verdict_banner.py" line="123"/>
        <source>Why this verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/verdict_banner.py" line="122"/>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/verdict_banner.py" line="124"/>
        <source>The reasons behind the verdict and what to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/verdict_banner.py" line="108"/>
        <source>Invested so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="70"/>
        <source>Walk away from {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="75"/>
        <source>Say it calmly and specifically, and leave the door open. Read it once more before you say it; the notes below point out anything that could turn the walk into an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="87"/>
        <source>Why the planner says walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="89"/>
        <source>Acknowledge what they did well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="91"/>
        <source>The specific reason: given …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="93"/>
        <source>Leave the door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="94"/>
        <location filename="../../ui/room/walk_dialog.py" line="95"/>
        <source>Use the suggested reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="103"/>
        <source>Notes on the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="110"/>
        <location filename="../../ui/room/walk_dialog.py" line="139"/>
        <source>Walked away on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="111"/>
        <source>The day you walked away (today at the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="115"/>
        <location filename="../../ui/room/walk_dialog.py" line="140"/>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="116"/>
        <source>Walked deals often come back within days: check in on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="126"/>
        <location filename="../../ui/room/walk_dialog.py" line="127"/>
        <location filename="../../ui/room/walk_dialog.py" line="187"/>
        <source>Record the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="135"/>
        <source>1. Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="136"/>
        <source>2. Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="138"/>
        <source>3. Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="129"/>
        <location filename="../../ui/room/walk_dialog.py" line="184"/>
        <source>Record the walk anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/room/walk_dialog.py" line="186"/>
        <source>The script reads calm, specific and open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkingRecordView</name>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="40"/>
        <source>Walking record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="44"/>
        <source>Walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="45"/>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="46"/>
        <source>Median days to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="47"/>
        <source>Median improvement after resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="69"/>
        <source>How far their offer moved your way after the walk, in % of the walk-away point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="75"/>
        <source>Improvement per resumed deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="81"/>
        <source>Resumed deals still open, with their verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="105"/>
        <source>{title} (walk {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="110"/>
        <source>{title}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="114"/>
        <source>Still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="128"/>
        <source>No resumed deal with offers on both sides yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="130"/>
        <source>No walks yet. When a walked deal comes back, it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="136"/>
        <source>Bars to the right: their offer moved your way after the walk. {agreed} agreed, {dropped} dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/after_walk/walking_record_view.py" line="139"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/shell/welcome.py" line="46"/>
        <location filename="../../ui/shell/welcome.py" line="54"/>
        <source>Welcome to Walkaway</source>
        <extracomment>Set once the welcome has been seen, whichever way it was closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="52"/>
        <source>Walkaway icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="67"/>
        <source>The method in three steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="70"/>
        <source>Start by looking at the demo plans, one in every stage, or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="72"/>
        <source>Your deals are in the list; start a new plan whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="76"/>
        <location filename="../../ui/shell/welcome.py" line="77"/>
        <source>Open the demo plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="78"/>
        <source>Add six example deals, from planning to agreed, to explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="79"/>
        <location filename="../../ui/shell/welcome.py" line="80"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="81"/>
        <source>Start a plan for your own negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="107"/>
        <source>&lt;b&gt;Decide your walk-away point in advance&lt;/b&gt;, while you are calm: the least good deal you would still sign, as an amount and the conditions that must hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="111"/>
        <source>&lt;b&gt;Watch the signals&lt;/b&gt; in the room, and judge every offer against your plan, not against the hours already spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome.py" line="115"/>
        <source>&lt;b&gt;Walk well&lt;/b&gt; when it is time: say what they did well, give your specific reason, and leave the door open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../../ui/shell/window_manager.py" line="91"/>
        <source>Walkaway</source>
        <extracomment>Open windows, kept referenced so Python does not collect them. Upper bound on the wait for the first paint before the store opens anyway.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
