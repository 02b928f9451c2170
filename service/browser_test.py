#!/usr/bin/python3
"""The flow of issue 18 in a real browser (Debian's chromium, chromium-driver, python3-selenium).

The supervisor signs in, publishes seed 004's plan, two units upload (an XML report and a
Word report with a task table), each sees its findings, the dashboard's matrix follows, the
supervisor returns one report with the findings as reasons, the unit sees them and uploads a
second version whose comparison shows what was fixed. Screenshots of the unit page and the
dashboard go to --out (docs/ keeps the ones the README shows).

  service/browser_test.py --bin build/plancheck [--out DIR]

Exit status 77 (skipped) when chromium, chromedriver or selenium is missing.
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as ChromeService
    from selenium.webdriver.common.by import By
    from selenium.common.exceptions import StaleElementReferenceException
except ImportError:
    print("python3-selenium is not installed: skipped")
    sys.exit(77)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok:", what)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--out", default=".")
    args = parser.parse_args()
    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        print("chromium or chromedriver is not installed: skipped")
        return 77
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="plancheck-browser-")
    with open(os.path.join(work, "password"), "w") as f:
        f.write("browser-test-password\n")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([args.bin, "serve", "--listen", f"127.0.0.1:{port}", "--data", os.path.join(work, "data"),
                               "--admin-password-file", os.path.join(work, "password"), "--as-of", "2023-11-20"],
                              stdout=log, stderr=log)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
                 "--lang=zh-CN"):
        options.add_argument(flag)
    driver = None
    try:
        for _ in range(500):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.02)
        driver = webdriver.Chrome(service=ChromeService(executable_path=shutil.which("chromedriver")),
                                  options=options)
        driver.implicitly_wait(5)

        def text():
            return driver.find_element(By.TAG_NAME, "body").text

        def see(what, *fragments):
            """Waits (a page may still be loading after a click) until the page shows every fragment."""
            shown = ""
            for _ in range(100):
                try:
                    shown = text()
                except StaleElementReferenceException:
                    shown = ""
                if all(f in shown for f in fragments):
                    print("ok:", what)
                    return
                time.sleep(0.1)
            raise AssertionError(f"{what}: the page does not show {fragments}; it shows:\n{shown[:2000]}")

        def upload(path):
            driver.find_element(By.NAME, "file").send_keys(path)
            driver.find_element(By.CSS_SELECTOR, "form[enctype] button").click()

        # The supervisor signs in and publishes the plan.
        driver.get(base + "/s")
        see("an unsigned visit to /s lands on the sign-in page", "督查室登录")
        driver.find_element(By.NAME, "password").send_keys("browser-test-password")
        driver.find_element(By.CSS_SELECTOR, "form button").click()
        upload(os.path.join(ROOT, "fixtures/plans/004-liaocheng.xml"))
        see("the importer's review lists the tasks", "核对方案", "建设有影响力的教育实践基地")
        for name, value in (("period_from", "2023-06-01"), ("period_to", "2023-11-15"), ("deadline", "2023-11-25")):
            driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.NAME, name), value)
        driver.find_element(By.CSS_SELECTOR, "form[action$='/publish'] button").click()
        see("the published plan shows its dashboard", "任务 × 单位")
        dashboard = driver.current_url
        links = {}
        for row in driver.find_elements(By.CSS_SELECTOR, "table:not(#matrix) tr"):
            cells = row.find_elements(By.TAG_NAME, "td")
            if len(cells) >= 2:
                links[cells[0].text] = cells[1].find_element(By.TAG_NAME, "code").text
        check("区政工部" in links and "区教体中心" in links, "each unit has its link")

        # Two units upload: XML, and Word with a task table.
        driver.get(links["区政工部"])
        see("the unit sees its deadline", "报送截止 2023-11-25")
        upload(os.path.join(ROOT, "fixtures/reports/004/zhenggongbu-2023-11.xml"))
        see("区政工部 sees its findings at once", "第1稿 检查结果", "区级教育实践基地")
        driver.get(links["区教体中心"])
        upload(os.path.join(ROOT, "fixtures/reports/word/jiaoti-2023-11.docx"))
        see("区教体中心 sees a finding at its table cell", "表1 第3行 牵头单位")
        check(driver.find_elements(By.PARTIAL_LINK_TEXT, "下载带批注的 Word"), "the annotated Word file is offered")
        driver.save_screenshot(os.path.join(args.out, "serve-unit.png"))

        # The dashboard follows; the supervisor returns 区政工部's report.
        driver.get(dashboard)
        check(len(driver.find_elements(By.CSS_SELECTOR, "#matrix td.due-soon")) >= 1, "the matrix shows a due-soon cell")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#matrix td.on-track")) >= 1, "the matrix shows reported cells")
        driver.save_screenshot(os.path.join(args.out, "serve-dashboard.png"))
        row = [r for r in driver.find_elements(By.CSS_SELECTOR, "table:not(#matrix) tr") if r.text.startswith("区政工部")][0]
        row.find_element(By.PARTIAL_LINK_TEXT, "第1稿").click()
        reasons = driver.find_element(By.NAME, "reasons").get_attribute("value")
        check("区级教育实践基地" in reasons, "the reasons are pre-filled from the findings")
        driver.find_element(By.CSS_SELECTOR, "button[value='return']").click()
        see("the report is returned", "已退回")

        # The unit sees why and uploads 第2稿.
        driver.get(links["区政工部"])
        see("the unit sees the reasons", "督查室已退回第1稿", "区级教育实践基地")
        with open(os.path.join(ROOT, "fixtures/reports/004/zhenggongbu-2023-11.xml"), encoding="utf-8") as f:
            fixed = f.read().replace('<metric name="区级教育实践基地" value="2" unit="处"/>',
                                     '<metric name="市级教育实践基地" value="1" unit="处"/>')
        fixed = fixed.replace("正在完善展陈内容，按要求准备市级基地申报材料。", "其中1处已获评市级教育实践基地。")
        second = os.path.join(work, "zhenggongbu-2023-11-第2稿.xml")
        with open(second, "w", encoding="utf-8") as f:
            f.write(fixed)
        upload(second)
        see("第2稿 shows what was fixed", "与第1稿相比", "已改正 1 条")
        driver.save_screenshot(os.path.join(args.out, "serve-second-version.png"))
        print("all browser checks passed")
        return 0
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
