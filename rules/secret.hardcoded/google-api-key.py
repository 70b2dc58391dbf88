import os
import google.generativeai as genai
import requests

# ruleid: google-api-key
genai.configure(api_key="AIzaSyUReACOxBKvysZzvXLNaJrgBHufSBsBfpa")

# ok: google-api-key
genai.configure(api_key=os.environ["GEMINI_API_KEY"])


def geocode(address):
    # ruleid: google-api-key
    url = f"https://maps.googleapis.com/maps/api/geocode/json?address={address}&key=AIzaSy141X1WkgxuEFqLNZ_7RSttQWkWakiqx1f"
    return requests.get(url, timeout=10).json()
