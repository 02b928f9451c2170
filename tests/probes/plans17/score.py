#!/usr/bin/env python3
"""Scores `plancheck import-plan` on the plans17 texts against the answers judged by hand
(plans17-log.md, written before any run). Usage: score.py PLANCHECK [heldout|tune|all].
The counting is plans16's scorer (tests/probes/plans16/score.py), run on these texts."""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('plans16_score', os.path.join(HERE, '..', 'plans16', 'score.py'))
plans16 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(plans16)

# file: {task id: (leads, responsible, deadline or None)}
J = {
 'heldout/jiangshan-shishi-2023': {
   '1': ([], ['城投集团'], '2023-12-31'),
   '2': ([], ['水利局'], '2023-12-31'),
   '3': ([], [], None)},
 'heldout/zhonglou-shishi-2021': {
   '1': (['教育局'], ['经开区', '高新园(邹区镇)', '各街道', '市国有公司'], None),
   '2': (['人社局'], ['高新园(邹区镇)', '各街道'], None),
   '3': (['文体旅局', '住建局'], ['晋陵公司', '轨道公司', '五星街道', '南大街街道', '荷花池街道'], None),
   '4': (['民政局'], ['高新园(邹区镇)', '各街道'], None)},
 'tune/jiaxing-2022': {
   '1': ([], ['市发展改革委'], None),
   '2': ([], ['市经信局'], None),
   '3': ([], ['市财政局'], None),
   '4': ([], [], None)},
}

if __name__ == '__main__':
    plans16.J, plans16.HERE = J, HERE
    plans16.score(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'all')
