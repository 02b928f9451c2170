#!/usr/bin/env python3
"""Scores `plancheck import-plan` on the plans16 texts against the answers judged by hand
(plans16-log.md, written before any run). Usage: score.py PLANCHECK [heldout|tune|all].
Facts: task ids; per task its leads, its responsible units, its deadline. A fact found is
counted when it matches a judged one; an extra is a fact produced that was not judged
(optional facts neither count nor cost). Names compare after NFKC, without whitespace and
without a mirror's pinyin glosses."""
import os, re, subprocess, sys, unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
NS = '{urn:plancheck:plan:1}'

def norm(name):
    name = unicodedata.normalize('NFKC', name)
    name = re.sub(r'\s+', '', name)
    return re.sub(r'\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)', '', name)

# file: {task id: (leads, responsible, deadline or None)}, plus optional facts
J = {
 'heldout/chongchuan-shishi-2023': {
   '24': (['城管局'], ['市政局', '相关街道'], None),
   '25': (['城管局'], ['市政局', '环卫处', '崇川经济开发区', '各街道'], None),
   '26': (['城管局'], ['崇川经济开发区', '相关街道'], None)},
 'heldout/chuzhou-2020': {
   '1': (['市发展改革委'], ['市经信局', '市商务局', '市交通局', '市农业农村局', '滁州经开区管委会', '中新苏滁高新区管委会', '各县、市、区政府'], None),
   '2': (['市财政局'], ['市税务局', '滁州海关', '市人行', '滁州经开区管委会', '中新苏滁高新区管委会', '各县、市、区政府'], None),
   '3': (['市发展改革委'], ['市经信局', '市住建局', '市交通局', '市水利局', '滁州经开区管委会', '中新苏滁高新区管委会', '各县、市、区政府'], None),
   '4': ([], [], None)},
 'heldout/jiangbei-shishi-2023-trad': {
   '1': ([], ['區新興產業服務中心', '區住建局'], '2023-12-31'),
   '2': ([], ['區農業農村局', '區綜合行政執法局', '區公建中心', '慈城鎮'], '2023-10-31'),
   '3': ([], ['區新興產業服務中心'], '2023-12-31'),
   '4': ([], ['區住建局'], '2023-12-31')},
 'heldout/ninghai-shishi-2022-trad': {
   '1': ([], ['縣教育局'], None),
   '2': ([], ['縣民政局', '各相關鄉鎮街道'], 'optional:2022-11-30'),
   '3': ([], ['縣衛健局'], None),
   '4': ([], ['縣城投集團'], None),
   '5': ([], ['縣教育局'], None)},
 'heldout/shanghai-shishi-2019-trad': {k: ([], [], None) for k in '一二三四五六七'},
 'tune/heze-dongneng-2023': {'1': ([], [], None)},
 'tune/huzhou-2020': {
   '1': (['市经信局'], ['市财政局', '市发展改革委', '市人力社保局', '市金融办', '市税务局'], None),
   '2': ([], [], None)},
 'tune/linan-shishi-2022': {
   '1': ([], ['教育局', '发改局', '住建局', '财政局', '规划和自然资源分局', '国兴集团', '新锦集团', '科投集团', '锦城街道', '锦北街道', '锦南街道', '青山湖街道', '昌化镇', '天目山镇'], '2022-11-30'),
   '2': ([], ['卫生健康局', '财政局', '教育局', '规划和自然资源分局', '医疗保障分局', '民政局', '妇联', '各镇(街道)'], '2022-11-30'),
   '3': ([], [], '2022-11-30')},
 'tune/qingdao-dongneng-2023-trad': {
   '1': (['市科技局'], ['青島藍谷管理局'], None),
   '2': (['市科技局'], [], None),
   '3': ([], [], None)},
}

def tasks_of(xml):
    root = ET.fromstring(xml)
    out = {}
    for t in root.iter(NS + 'task'):
        leads = [norm(e.text or '') for e in t.findall(NS + 'lead')]
        resp = [norm(e.text or '') for e in t.findall(NS + 'responsible')]
        d = t.find(NS + 'deadline')
        out[t.get('id')] = (leads, resp, d.text if d is not None else None)
    return out

def score(binary, which):
    kinds = ['tasks', 'leads', 'responsible', 'deadlines']
    total = {k: [0, 0, 0] for k in kinds}
    env = dict(os.environ, PLANCHECK_HOME=os.environ.get('PLANCHECK_HOME', os.path.dirname(os.path.dirname(os.path.dirname(HERE)))))
    for name, judged in sorted(J.items()):
        if which != 'all' and not name.startswith(which):
            continue
        xml = subprocess.run([binary, 'import-plan', '--review', 'none', os.path.join(HERE, name + '.txt')],
                             capture_output=True, env=env).stdout
        got = tasks_of(xml)
        row = {k: [0, 0, 0] for k in kinds}  # found, judged, extra
        for tid, (leads, resp, dl) in judged.items():
            row['tasks'][1] += 1
            g = got.get(tid)
            if g is not None:
                row['tasks'][0] += 1
            gl, gr, gd = g if g else ([], [], None)
            for kind, want, have in (('leads', leads, gl), ('responsible', resp, gr)):
                want = [norm(w) for w in want]
                row[kind][1] += len(want)
                row[kind][0] += sum(1 for w in want if w in have)
                row[kind][2] += sum(1 for h in have if h not in want)
            if dl and not dl.startswith('optional:'):
                row['deadlines'][1] += 1
                row['deadlines'][0] += gd == dl
                row['deadlines'][2] += gd is not None and gd != dl
            elif gd is not None and not (dl and dl == 'optional:' + gd):
                row['deadlines'][2] += 1
        row['tasks'][2] = sum(1 for t in got if t not in judged)
        print(f"{name:40s} " + '  '.join(f"{k} {v[0]}/{v[1]}" + (f" +{v[2]}" if v[2] else '') for k, v in row.items()))
        for k in kinds:
            for i in range(3):
                total[k][i] += row[k][i]
    print(f"{'total':40s} " + '  '.join(f"{k} {v[0]}/{v[1]}" + (f" +{v[2]}" if v[2] else '') for k, v in total.items()))

if __name__ == '__main__':
    score(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'all')
