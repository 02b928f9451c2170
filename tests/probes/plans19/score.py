#!/usr/bin/env python3
"""Scores `plancheck import-plan` on the plans19 texts against the answers judged by hand
(plans19-log.md; held-out answers written 13:52Z before any run). Usage: score.py PLANCHECK
[heldout|tune|all]. The counting is plans16's scorer (tests/probes/plans16/score.py), imported."""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('plans16_score', os.path.join(HERE, '..', 'plans16', 'score.py'))
plans16 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(plans16)

# file: {task id: (leads, responsible, deadline or None)}
J = {
 # 序号 | 重点任务 | 完成时间 | 责任人 | 责任部门 | 进展情况, one row (7); 完成时间 names three
 # works' dates (11月底前, 12月底前, 12月底前): the task is due at the last; 责任人 are people.
 'heldout/gaoxin-chengnuo-2022': {
   '7': ([], ['国土住建局'], '2022-12-31')},
 # 序号 / 项目内容 / 当前进度 / 牵头单位 / 备注, one cell a line; 当前进度 is a percentage, no
 # deadline (截至10月31日 in the title is the report's date); 备注 (县民生实事) no unit.
 'heldout/cangnan-jindu-2022': {
   '1': (['县教育局'], [], None), '2': (['县交通局'], [], None), '3': (['县交通局'], [], None),
   '4': (['县卫健局'], [], None), '5': (['县住建局'], [], None), '6': (['县民政局'], [], None),
   '7': (['县民政局'], [], None), '8': (['县教育局'], [], None), '9': (['县教育局'], [], None),
   '10': (['县水利局'], [], None), '11': (['县水利局'], [], None), '12': (['县文广旅体局'], [], None),
   '13': (['县文广旅体局'], [], None)},
}

if __name__ == '__main__':
    plans16.J, plans16.HERE = J, HERE
    plans16.score(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'all')
