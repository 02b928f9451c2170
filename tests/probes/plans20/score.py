#!/usr/bin/env python3
"""Scores `plancheck import-plan` on the plans20 texts against the answers judged by hand
(plans20-log.md, written 13:52Z before any run). Usage: score.py PLANCHECK [heldout|tune|all].
The counting is plans16's scorer (tests/probes/plans16/score.py), imported, not copied."""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('plans16_score', os.path.join(HERE, '..', 'plans16', 'score.py'))
plans16 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(plans16)

# file: {task id: (leads, responsible, deadline or None)}
J = {
 # 淮安 2022: task 1's clause says 以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出 → carried to 2 and 3;
 # 3 is cut by the page prefix before any clause of its own.
 'heldout/huaian-shukun-2022': {
   '1': ([], ['市工信局', '市财政局', '各县区人民政府', '园区管委会'], None),
   '2': ([], ['市工信局', '市财政局', '各县区人民政府', '园区管委会'], None),
   '3': ([], ['各县区人民政府', '园区管委会'], None)},
 # 婺城 2025: the heading 一、强化科技创新(区科技局牵头) leads the tasks under it; (一) cut mid-sentence.
 'heldout/wucheng-zhengce-2025': {
   '(一)': (['区科技局'], [], None)},
 # 怀化 2023: task 1 cut before any unit clause.
 'tune/huaihua-jingji-2023-trad': {
   '1': ([], [], None)},
 # 西宁 2017: 1 with (牵头单位:X  责任单位:Y…) set apart by two spaces; 2 cut mid-word.
 'tune/xining-liutong-2017': {
   '1': (['市商务局'], ['市编办', '市发改委', '市法制办', '各区县政府'], None),
   '2': ([], [], None)},
}

if __name__ == '__main__':
    plans16.J, plans16.HERE = J, HERE
    plans16.score(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'all')
